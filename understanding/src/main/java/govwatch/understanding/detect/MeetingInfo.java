package govwatch.understanding.detect;

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
            "第" + NUM + "届(?:全国)?(?:人民代表大会|代表大会|人大)(?:常务委员会)?第" + NUM + "次(?:全体)?会议");
    private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(?:(\\d{1,2})日)?");
    private static final Pattern CN_DATE = Pattern.compile("([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?");
    private static final Pattern PLACE = Pattern.compile("在([\\u4e00-\\u9fa5]{1,20}?)第" + NUM + "届");
    private static final Pattern DATE_ONLY = Pattern.compile("^[(（]?\\s*\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?\\s*[)）]?$");
    private static final int HEAD_LINES = 15;

    /** Reads the meeting information from the title and the first lines of the text. */
    public static MeetingInfo read(String title, List<String> lines) {
        String date = null;
        String session = null;
        String place = null;
        boolean national = false;
        int limit = Math.min(HEAD_LINES, lines.size());
        for (int i = -1; i < limit; i++) {
            String line = i < 0 ? (title == null ? "" : title) : lines.get(i);
            if (line.length() > 150) {
                continue;
            }
            Matcher s = SESSION.matcher(line);
            boolean meetingLine = s.find();
            if (meetingLine && session == null) {
                session = s.group();
                national |= line.contains("全国人民代表大会");
            }
            if (meetingLine || line.contains("会议上") || DATE_ONLY.matcher(line).matches()) {
                if (date == null) {
                    date = date(line);
                }
                Matcher p = PLACE.matcher(line);
                if (place == null && p.find()) {
                    place = p.group(1);
                }
            }
        }
        return new MeetingInfo(date, session, place, national);
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
            StringBuilder year = new StringBuilder();
            for (char ch : c.group(1).toCharArray()) {
                year.append(ch == '〇' || ch == '零' ? 0 : ChineseNumber.digit(ch));
            }
            return format(Integer.parseInt(year.toString()), ChineseNumber.parseSmall(c.group(2)),
                    c.group(3) == null ? null : ChineseNumber.parseSmall(c.group(3)));
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
