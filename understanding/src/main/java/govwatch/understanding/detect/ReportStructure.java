package govwatch.understanding.detect;

import govwatch.understanding.text.Cjk;
import govwatch.understanding.text.Words;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a work report is, read from its text rather than its title: a speaker who reports on behalf of a body to a
 * congress or residents' council (我代表XX人民政府/办事处向大会报告工作), the meeting line (在XX镇第X届人民代表大会第X次会议上),
 * a review part and a plan part. A government's (or a subdistrict office's) report has the speaker line and either the
 * meeting line or both parts; news about the meeting reports in the third person and never has the speaker line.
 *
 * @param speakerBody the body the speaker represents (木洞镇人民政府, 街道办事处, 镇人大主席团), or null without a speaker line
 * @param meeting     whether a meeting line is in the head of the text
 * @param review      whether a review part is announced (工作回顾, 一年来, 过去一年 …); read only for a speaker
 *                    without a meeting line, else false
 * @param plan        whether a plan part is announced (工作安排, 今年, 预期目标 …); read as {@code review}
 */
record ReportStructure(String speakerBody, boolean meeting, boolean review, boolean plan) {

    private static final Pattern SPEAKER = Pattern.compile(
            "我代表(" + Cjk.IDEOGRAPH + "{0,30}?)[，,]?(?:向(?:大会|会议|各位代表|全体代表|居民议事会|代表们)|作|报告)");
    private static final Pattern MEETING = Pattern.compile(
            "在" + Cjk.IDEOGRAPH + "{1,30}?(?:代表大会|议事会|代表会议|居民会议|人大)" + ".{0,16}?会议上");
    private static final String[] REVIEW = {"工作回顾", "一年来", "过去一年", "过去的一年", "过去五年", "五年来", "回顾"};
    private static final String[] PLAN = {"工作安排", "工作计划", "工作任务", "目标任务", "预期目标", "主要目标", "今年", "下一步", "重点工作"};
    /** Bodies whose reports are not the government's. */
    private static final Pattern OTHER_BODY = Pattern.compile("主席团|人大|常委会|常务委员会|法院|检察院|政协|委员会$");
    private static final Pattern GOVERNMENT = Pattern.compile("政府|办事处|街道|镇|乡|苏木|区|县|旗|市|省|管委会");
    /** The longest {@link #MEETING} match: 在, 30 ideographs, a 4-character body, 16 characters, 会议上. */
    private static final int MEETING_SPAN = 1 + 30 + 4 + 16 + 3;
    private static final int HEAD_LINES = 20;
    private static final int MAX_LINE = 400;
    private static final int SCAN_CHARS = 20_000;

    static ReportStructure read(List<String> lines) {
        String speaker = null;
        boolean meeting = false;
        for (int i = 0; i < Math.min(HEAD_LINES, lines.size()); i++) {
            String line = lines.get(i);
            String head = line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
            // The literal parts first: the patterns' lazy runs are costly on the long lines of a report's head.
            Matcher m = SPEAKER.matcher(head);
            if (speaker == null && head.contains("我代表") && m.find()) {
                speaker = m.group(1);
            }
            meeting = meeting || meetingLine(head);
        }
        boolean review = false;
        boolean plan = false;
        int chars = 0;
        // The parts matter only for a speaker without a meeting line: most pages skip this scan.
        boolean needParts = speaker != null && !meeting;
        for (int i = 0; needParts && i < lines.size() && chars < SCAN_CHARS && !(review && plan); i++) {
            String line = lines.get(i);
            chars += line.length();
            review = review || Words.containsAny(line, REVIEW);
            plan = plan || Words.containsAny(line, PLAN);
        }
        return new ReportStructure(speaker, meeting, review, plan);
    }

    /**
     * Whether {@link #MEETING} occurs in the line. A match ends at a 会议上 and starts at most {@value #MEETING_SPAN}
     * characters before its end, so it is looked for only in that window before each 会议上: the pattern's lazy runs
     * tried from every 在 of a long line cost more than the rest of the detection.
     */
    private static boolean meetingLine(String line) {
        Matcher m = MEETING.matcher(line);
        for (int end = line.indexOf("会议上"); end >= 0; end = line.indexOf("会议上", end + 1)) {
            m.region(Math.max(0, end + 3 - MEETING_SPAN), end + 3);
            if (m.find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the speaker speaks for a government or a subdistrict office (an empty body is 我代表…向大会: the government). */
    boolean governmentSpeaks() {
        return speakerBody != null && !OTHER_BODY.matcher(speakerBody).find()
                && (speakerBody.isEmpty() || GOVERNMENT.matcher(speakerBody).find() || speakerBody.length() <= 2);
    }

    /** Whether another body (人大主席团, a court …) speaks: its report is not the government's. */
    boolean otherBodySpeaks() {
        return speakerBody != null && OTHER_BODY.matcher(speakerBody).find();
    }

    /** A government work report by structure: the government speaks, at a meeting or through a review and a plan. */
    boolean isGovernmentReport() {
        return governmentSpeaks() && (meeting || review && plan);
    }
}
