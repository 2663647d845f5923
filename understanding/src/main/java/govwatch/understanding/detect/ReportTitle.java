package govwatch.understanding.detect;

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

    private ReportTitle() {
    }

    static String tidy(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = GLUED.matcher(title.strip());
        return m.matches() ? m.group(1).strip() : title.strip();
    }
}
