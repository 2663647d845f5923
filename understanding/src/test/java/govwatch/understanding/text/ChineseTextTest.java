package govwatch.understanding.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseTextTest {

    @ParameterizedTest
    @CsvSource({"三, 3", "两, 2", "十, 10", "十二, 12", "二十, 20", "二十一, 21", "三十一, 31", "一十五, 15", "两百, 200",
            "一千五百, 1500", "一百零八, 108", "百, 100", "二〇二四, 2024", "二零二五, 2025", "五点五, -1", "三万, -1", "'', -1"})
    void parsesIntegerNumerals(String numeral, long value) {
        assertThat(ChineseNumerals.parse(numeral)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"一, true", "龥, true", "\u9FFF, true", "\u3400, true", "\u4DBF, true", "\uF900, true", "\uFAFF, true",
            "a, false", "1, false", "，, false", "、, false", "\u3007, false", "\uFB00, false"})
    void oneIdeographRangeForCodeAndRegex(char c, boolean ideograph) {
        assertThat(Cjk.isIdeograph(c)).isEqualTo(ideograph);
        assertThat(Pattern.matches(Cjk.IDEOGRAPH, String.valueOf(c))).isEqualTo(ideograph);
    }

    @Test
    void classCombinesWithOtherCharacters() {
        assertThat(Pattern.matches("[" + Cjk.CLASS + " ]{2,6}", "联 系 人")).isTrue();
    }
}
