package govwatch.understanding.text;

/**
 * Reads Chinese integer numerals, the one parser used for dates and sessions (detection) and for target values
 * (extraction). Digits are 〇/零 0, 一 … 九, 两 2; the multipliers 十, 百 and 千 are positional (一千五百 → 1500,
 * 十二 → 12, 二十一 → 21, 两百 → 200, a leading 十 means 一十). A numeral without any multiplier is read digit by
 * digit (三 → 3, 二〇二四 → 2024).
 */
public final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of one digit character (〇/零 → 0, 两 → 2), or -1 when c is not a digit. */
    public static int digit(char c) {
        int d = DIGITS.indexOf(c);
        return d >= 0 ? d : c == '零' ? 0 : c == '两' ? 2 : -1;
    }

    /** The value of the numeral, or -1 when it holds anything but digits and 十/百/千 (e.g. 点, 万) or is empty. */
    public static long parse(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        if (s.indexOf('十') < 0 && s.indexOf('百') < 0 && s.indexOf('千') < 0) {
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = digit(s.charAt(i));
                if (d < 0) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }
        long total = 0;
        long pending = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                pending = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            total += (pending < 0 ? 1 : pending) * unit;
            pending = -1;
        }
        return total + Math.max(pending, 0);
    }
}
