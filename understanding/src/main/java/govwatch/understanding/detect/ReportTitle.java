package govwatch.understanding.detect;

import govwatch.understanding.text.Cjk;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tidies a report title taken from a page heading. Some portals glue the meeting line onto the title
 * ({@code 政府工作报告(草案)在伊金霍洛镇第四届人民代表大会第三次会议上}); the title is what precedes the meeting line.
 * Titles that carry a place or year ({@code XX镇2024年政府工作报告}) are left whole.
 */
final class ReportTitle {

    /** Title up to 工作报告 and an optional bracketed note, then a meeting line: dash, date, 在…会议上. Bounded. */
    private static final Pattern GLUED = Pattern.compile(
            "^(.{0,40}?工作报告\\s*(?:[(（][^)）]{1,10}[)）])?)\\s*[—–\\-－]{0,4}\\s*(?:[\\d〇零一二三四五六七八九十]{2,4}年[^在]{0,12})?在.{1,40}?会议上\\s*[)）]?$");

    /** A re-posting site's decorations: a leading (广东省) and a trailing (全文). */
    private static final Pattern LEADING_NOTE = Pattern.compile("^[(（]" + Cjk.IDEOGRAPH + "{2,8}[)）]\\s*(?=\\S)");
    private static final Pattern TRAILING_FULL_TEXT = Pattern.compile("\\s*[(（]全文[)）]$");
    /** Lines that name a report without being its title: a metadata field, a covering notice, a sentence. */
    private static final Pattern LABEL = Pattern.compile("^[" + Cjk.CLASS + " ]{2,6}[:：]");
    private static final Pattern COVER = Pattern.compile("关于印发|关于转发|的通知$");
    private static final int SENTENCE_MIN = 30;

    private ReportTitle() {
    }

    static String tidy(String title) {
        if (title == null) {
            return null;
        }
        String t = TRAILING_FULL_TEXT.matcher(LEADING_NOTE.matcher(title.strip()).replaceFirst("")).replaceFirst("");
        Matcher m = GLUED.matcher(t);
        return m.matches() ? m.group(1).strip() : t;
    }

    /** True when a line that names a work report cannot be the report's own title. */
    static boolean notATitle(String line) {
        String s = line.strip();
        return LABEL.matcher(s).find() || COVER.matcher(s).find() || s.endsWith("。")
                || s.length() > SENTENCE_MIN && (s.contains("，") || s.contains(","));
    }
}
