package govwatch.understanding.extract;

import govwatch.understanding.text.ChineseNumerals;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Chinese numerals that carry target values into digits before scanning: 百分之十 → 10%, and a numeral
 * right after a target verb and before a unit (新建三个, 达到两万亩). Other Chinese numerals (一是, 十四五, 三大攻坚战)
 * are left alone.
 */
final class ChineseValues {

    private static final Pattern PERCENT = Pattern.compile("百分之([零〇一二两三四五六七八九十百点]{1,6}|\\d{1,3}(?:\\.\\d{1,3})?)");
    private static final Pattern AFTER_VERB = Pattern.compile(
            "(达到|完成|新建|新增|建成|打造|创建|培育|实现|改造|新植|种植|突破|超过)([一二两三四五六七八九十百千]{1,5})(万亩|亩|个|家|所|座|处|项|条|万人|人|户)");

    private ChineseValues() {
    }

    static String rewrite(String clause) {
        if (clause.indexOf('百') < 0 && !hasNumeral(clause)) {
            return clause;
        }
        String s = replace(PERCENT.matcher(clause), m -> {
            String v = m.group(1);
            long n = Character.isDigit(v.charAt(0)) ? -1 : parse(v);
            return (n < 0 && !Character.isDigit(v.charAt(0))) ? m.group() : (n < 0 ? v : Long.toString(n)) + "%";
        });
        return replace(AFTER_VERB.matcher(s), m -> {
            long n = parse(m.group(2));
            return n < 0 ? m.group() : m.group(1) + n + m.group(3);
        });
    }

    private static boolean hasNumeral(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("一二两三四五六七八九十".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String replace(Matcher m, java.util.function.Function<Matcher, String> f) {
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * 三 → 3, 十二 → 12, 两百 → 200, 一千五百 → 1500 (see {@link ChineseNumerals#parse}); -1 when not a plain integer
     * numeral (e.g. contains 点) and for a run of digits without 十/百/千 (三四个, 五六家 are approximations, not a
     * value; a year-style reading as 34 or 56 would be wrong here).
     */
    static long parse(String s) {
        if (s.length() > 1 && s.indexOf('十') < 0 && s.indexOf('百') < 0 && s.indexOf('千') < 0) {
            return -1;
        }
        return ChineseNumerals.parse(s);
    }
}
