package govwatch.understanding.detect;

/** Small Chinese numerals (一 … 九十九) as used in dates and sessions. */
public final class ChineseNumber {

    private ChineseNumber() {
    }

    public static int digit(char c) {
        return "〇一二三四五六七八九".indexOf(c) >= 0 ? "〇一二三四五六七八九".indexOf(c) : c == '零' ? 0 : c == '两' ? 2 : -1;
    }

    /** 十 → 10, 十二 → 12, 二十 → 20, 二十一 → 21; digits alone; -1 when not a numeral. */
    public static int parseSmall(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            int v = 0;
            for (char c : s.toCharArray()) {
                int d = digit(c);
                if (d < 0) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }
}
