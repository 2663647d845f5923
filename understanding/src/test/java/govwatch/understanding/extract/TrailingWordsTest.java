package govwatch.understanding.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The longest trailing run of words, as {@code (?:w1|w2|…)+$} removes it. */
class TrailingWordsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            xabcd | x
            xbcd  | x
            abcd  | ''
            xabc  | xabc
            xcdcd | x
            ''    | ''
            """)
    void stripsTheLongestRunNotTheGreedyOne(String s, String expected) {
        // Greedy stripping of the longest word first takes bcd off xabcd and is stuck at xa; ab + cd reaches x.
        TrailingWords words = new TrailingWords(List.of("cd", "bcd", "ab"));
        assertThat(words.strip(s)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            一般公共预算收入达到     | 一般公共预算收入
            粮食播种面积稳定在       | 粮食播种面积
            农民人均可支配收入同比   | 农民人均可支配收入
            新建道路和               | 新建道路
            收入                    | 收入
            """)
    void theIndicatorNamersWords(String phrase, String name) {
        assertThat(IndicatorNamer.tidy(phrase)).isEqualTo(name);
    }
}
