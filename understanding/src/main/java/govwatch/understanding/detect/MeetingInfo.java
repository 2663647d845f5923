package govwatch.understanding.detect;

import govwatch.understanding.text.ChineseNumerals;
import govwatch.understanding.text.Cjk;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The congress session a report was delivered at: the meeting line
 * ({@code ——2023年4月20日在XX镇第四届人民代表大会第三次会议上}, any dash) or a date alone on a line
 * ({@code (2023年4月20日)}), and the session as written ({@code 第十九届人民代表大会第四次会议}).
 *
 * @param date       ISO date, or yyyy-MM when only a month is given; null if none
 * @param session    the session as written, or null
 * @param regionText the place named in the meeting line (text between 在 and 第…届), or null
 * @param national   whether the meeting is the 全国人民代表大会
 */
public record MeetingInfo(String date, String session, String regionText, boolean national) {

    private static final String NUM = "[〇零一二三四五六七八九十百\\d]{1,4}";
    private static final Pattern SESSION = Pattern.compile(
            "第" + NUM + "届(?:全国)?(?:人民代表大会|代表大会|人大|居民议事会|居民代表会议|议事会)(?:常务委员会)?第" + NUM + "次(?:全体)?会议");
    /** A meeting line's session written without the leading 第 (在甘肃省十四届人民代表大会第四次会议上). */
    private static final Pattern BARE_SESSION = Pattern.compile(
            "(?<![第\\d〇零一二三四五六七八九十百])" + NUM + "届(?:全国)?(?:人民代表大会|代表大会|人大|居民议事会|居民代表会议|议事会)(?:常务委员会)?第" + NUM + "次(?:全体)?会议");
    private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(?:(\\d{1,2})日)?");
    private static final Pattern CN_DATE = Pattern.compile("([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?");
    private static final Pattern PLACE = Pattern.compile("在(" + Cjk.IDEOGRAPH + "{1,20}?)第" + NUM + "届");
    private static final Pattern DATE_ONLY = Pattern.compile("^[(（]?\\s*\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?\\s*[)）]?$");
    /** 十七届人大五次会议: the abbreviated session, without 第. */
    private static final Pattern SHORT_SESSION = Pattern.compile("(" + NUM + ")届人大(" + NUM + ")次会议");
    private static final int HEAD_LINES = 15;
    private static final int MAX_LINE = 150;
    private static final int RUN_ON_HEAD = 80;
    private static final int SPLIT_PART = 40;

    /** Reads the meeting information from the title and the first lines of the text. */
    public static MeetingInfo read(String title, List<String> lines) {
        String meetingDate = null;
        String dateOnly = null;
        String session = null;
        String place = null;
        boolean national = false;
        int limit = Math.min(HEAD_LINES, lines.size());
        for (int i = -1; i < limit; i++) {
            String line = head(i < 0 ? (title == null ? "" : title) : lines.get(i));
            if (line == null) {
                continue;
            }
            if (i >= 0 && i + 1 < lines.size() && !line.contains("会议上") && line.length() <= SPLIT_PART) {
                String next = lines.get(i + 1);
                if (next.length() <= SPLIT_PART && next.contains("会议") && !next.startsWith("在")) {
                    line = line + next; // a meeting line broken over two lines: …第十六届人民代表大会 / 第六次会议上
                }
            }
            String found = session(line);
            boolean meetingLine = found != null;
            if (meetingLine && session == null) {
                session = found;
                national |= line.contains("全国人民代表大会");
            }
            if (meetingLine || line.contains("会议上")) {
                if (meetingDate == null) {
                    meetingDate = date(line);
                }
                Matcher p = PLACE.matcher(line);
                if (place == null && p.find()) {
                    place = p.group(1);
                }
            } else if (dateOnly == null && DATE_ONLY.matcher(line).matches()) {
                dateOnly = date(line);
            }
        }
        return new MeetingInfo(meetingDate != null ? meetingDate : dateOnly, session, place, national);
    }

    /** The part of a line that may hold a meeting line: the whole of a short line, the opening of a run-on one. */
    private static String head(String line) {
        if (line.length() <= MAX_LINE) {
            return line;
        }
        String opening = line.substring(0, RUN_ON_HEAD);
        return opening.contains("会议上") ? opening : null;
    }

    /** The session as written, or the abbreviated form (县十七届人大五次会议) spelled out; null if none. */
    static String session(String line) {
        Matcher s = SESSION.matcher(line);
        if (s.find()) {
            return s.group();
        }
        Matcher b = BARE_SESSION.matcher(line);
        if (line.contains("会议上") && b.find()) {
            return b.group();
        }
        Matcher a = SHORT_SESSION.matcher(line);
        return a.find() ? "第" + a.group(1) + "届人民代表大会第" + a.group(2) + "次会议" : null;
    }

    /** The first date written in Arabic or Chinese numerals, as ISO yyyy-MM-dd or yyyy-MM. */
    static String date(String line) {
        Matcher m = DATE.matcher(line);
        if (m.find()) {
            return format(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? null : Integer.parseInt(m.group(3)));
        }
        Matcher c = CN_DATE.matcher(line);
        if (c.find()) {
            return format((int) ChineseNumerals.parse(c.group(1)), (int) ChineseNumerals.parse(c.group(2)),
                    c.group(3) == null ? null : (int) ChineseNumerals.parse(c.group(3)));
        }
        return null;
    }

    private static String format(int year, int month, Integer day) {
        if (month < 1 || month > 12 || day != null && (day < 1 || day > 31)) {
            return null;
        }
        return day == null ? String.format("%d-%02d", year, month) : String.format("%d-%02d-%02d", year, month, day);
    }
}
