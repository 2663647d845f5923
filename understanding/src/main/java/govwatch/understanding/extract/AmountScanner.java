package govwatch.understanding.extract;

import govwatch.understanding.model.Bound;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Scans a clause left to right for numbers followed by a known unit, with an optional 余/多, a range
 * (6%-6.5%, 6-6.5%, 6%至6.5%) and a trailing bound word. A single pass with bounded look-ahead: linear in the
 * clause length. Ordinals (第3), years (2023年), dates and unit-less numbers are not amounts.
 */
final class AmountScanner {

    private static final String[] PREFIXES = {"万亿", "百万", "千万", "万", "亿", "千", ""};
    private static final String RANGE_SEP = "-~至到—";
    private static final int MAX_DIGITS = 15;
    private static final int LIST_LOOK = 24;

    private AmountScanner() {
    }

    static List<Amount> scan(String s) {
        List<Amount> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isDigit(c) || i > 0 && (isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '.' || isLatin(s.charAt(i - 1)))) {
                i++;
                continue;
            }
            int numEnd = numberEnd(s, i);
            if (numEnd - i > MAX_DIGITS || i > 0 && s.charAt(i - 1) == '第') {
                i = numEnd;
                continue;
            }
            BigDecimal value = new BigDecimal(s.substring(i, numEnd));
            int j = numEnd;
            boolean more = false;
            if (j < n && (s.charAt(j) == '余' || s.charAt(j) == '多')) {
                more = true;
                j++;
            }
            int[] unitEnd = new int[1];
            String unit = unitAt(s, j, unitEnd);
            BigDecimal max = null;
            int end;
            if (unit == null && j < n - 1 && RANGE_SEP.indexOf(s.charAt(j)) >= 0 && isDigit(s.charAt(j + 1))) {
                int e2 = numberEnd(s, j + 1);
                unit = unitAt(s, e2, unitEnd);
                if (unit == null) {
                    i = e2;
                    continue;
                }
                max = new BigDecimal(s.substring(j + 1, e2));
                end = unitEnd[0];
            } else if (unit == null && (unit = sharedBase(s, j, unitEnd)) == null) {
                i = j;
                continue;
            } else {
                end = unitEnd[0];
                if (end < n - 1 && RANGE_SEP.indexOf(s.charAt(end)) >= 0 && isDigit(s.charAt(end + 1))) {
                    int e2 = numberEnd(s, end + 1);
                    String unit2 = unitAt(s, e2, unitEnd);
                    if (unit.equals(unit2)) {
                        max = new BigDecimal(s.substring(end + 1, e2));
                        end = unitEnd[0];
                    }
                }
            }
            Bound bound = max != null ? Bound.RANGE : more ? Bound.AT_LEAST : null;
            int k = end;
            while (k < n && s.charAt(k) == ' ') {
                k++;
            }
            if (s.startsWith("左右", k)) {
                bound = max != null ? Bound.RANGE : Bound.ABOUT;
                end = k + 2;
            } else if (s.startsWith("以上", k) || s.startsWith("之上", k)) {
                bound = max != null ? Bound.RANGE : Bound.AT_LEAST;
                end = k + 2;
            } else if (s.startsWith("以内", k) || s.startsWith("以下", k) || s.startsWith("之内", k)) {
                bound = max != null ? Bound.RANGE : Bound.AT_MOST;
                end = k + 2;
            }
            out.add(new Amount(i, end, value, max, unit, bound));
            i = end;
        }
        return out;
    }

    /** A unit, with its divisor when one follows a slash (万元/人, 人/百亿元): the compound stays whole. */
    private static String unitAt(String s, int pos, int[] end) {
        String unit = simpleUnitAt(s, pos, end);
        if (unit != null && end[0] < s.length() - 1 && s.charAt(end[0]) == '/') {
            int[] end2 = new int[1];
            int from = end[0] + 1;
            String divisor = s.startsWith("百亿", from) ? "百亿" : "";
            String d = simpleUnitAt(s, from + divisor.length(), end2);
            if (d != null) {
                end[0] = end2[0];
                return s.substring(pos, end[0]);
            }
        }
        return unit;
    }

    private static String simpleUnitAt(String s, int pos, int[] end) {
        for (String p : PREFIXES) {
            if (!s.startsWith(p, pos)) {
                continue;
            }
            int len = Units.baseUnitAt(s, pos + p.length());
            if (len > 0) {
                end[0] = pos + p.length() + len;
                String unit = s.substring(pos, end[0]);
                return unit;
            }
        }
        return null;
    }

    /**
     * 1.28万亿、1.18万亿、8200亿元: a bare multiplier before a list mark takes the money unit the list ends with. Looks
     * at most {@link #LIST_LOOK} characters ahead, so the scan stays linear.
     */
    private static String sharedBase(String s, int pos, int[] end) {
        for (String p : new String[] {"万亿", "亿", "万"}) {
            int after = pos + p.length();
            if (s.startsWith(p, pos) && after < s.length() && (s.charAt(after) == '、' || s.charAt(after) == '和')) {
                int yuan = -1;
                for (int k = after; k < Math.min(s.length(), after + LIST_LOOK) && yuan < 0; k++) {
                    yuan = s.charAt(k) == '元' ? k : -1;
                }
                if (yuan > 0 && isDigitOrMultiplier(s.charAt(yuan - 1))) {
                    end[0] = after;
                    return p + "元";
                }
            }
        }
        return null;
    }

    private static boolean isDigitOrMultiplier(char c) {
        return isDigit(c) || c == '万' || c == '亿';
    }

    private static int numberEnd(String s, int i) {
        int j = i;
        int n = s.length();
        while (j < n && isDigit(s.charAt(j))) {
            j++;
        }
        if (j < n - 1 && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
            j++;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
