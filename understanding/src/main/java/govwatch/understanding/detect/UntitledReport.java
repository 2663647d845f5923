package govwatch.understanding.detect;

import govwatch.understanding.text.Cjk;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises a work report whose page carries no title: the text opens with the meeting line
 * ({@code ——2023年3月24日在XX苏木第十九届人民代表大会第三次会议上}) and, within the next lines, the speaker reports
 * to the congress on behalf of a government ({@code 我代表XX人民政府向大会报告工作}). Both are needed: news about a
 * meeting names the session but never speaks as the government.
 */
final class UntitledReport {

    private static final Pattern MEETING_LINE = Pattern.compile("在" + Cjk.IDEOGRAPH + "{1,20}?第[〇零一二三四五六七八九十百\\d]{1,4}届.{0,12}会议上");
    private static final Pattern SPEAKS_AS_GOVERNMENT = Pattern.compile("我代表.{0,30}?(?:人民政府|政府|办事处).{0,6}向(?:大会|会议)");
    private static final int MEETING_LINES = 3;
    private static final int SPEECH_LINES = 10;
    private static final int MAX_LINE = 200;

    private UntitledReport() {
    }

    static boolean looksLikeOne(List<String> lines) {
        boolean meeting = false;
        for (int i = 0; i < Math.min(MEETING_LINES, lines.size()) && !meeting; i++) {
            String line = lines.get(i);
            meeting = line.length() <= MAX_LINE && MEETING_LINE.matcher(line).find();
        }
        if (!meeting) {
            return false;
        }
        for (int i = 0; i < Math.min(SPEECH_LINES, lines.size()); i++) {
            String line = lines.get(i);
            if (line.length() <= MAX_LINE && SPEAKS_AS_GOVERNMENT.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }
}
