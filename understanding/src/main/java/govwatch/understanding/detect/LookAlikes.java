package govwatch.understanding.detect;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rejects pages that resemble a work report but are not one, each with a reason: news about a meeting or about
 * studying a report, 决议, 计划/预算执行情况的报告, 一图读懂 summaries, templates with XX placeholders, and pages that
 * merely link to or mention a report (no report text).
 */
final class LookAlikes {

    private static final Pattern RESOLUTION = Pattern.compile("决议|决定$");
    private static final Pattern EXECUTION = Pattern.compile("执行情况|预算草案|预算的报告|预算报告|计划的报告|审计工作报告|常务委员会工作报告|人大工作报告|主席团工作报告|法院工作报告|检察院工作报告");
    private static final Pattern DUTY = Pattern.compile("述职|述责|述廉|个人总结");
    private static final Pattern SUMMARY_PLAN = Pattern.compile("工作总结|工作计划$|工作要点$|年度计划$|工作计划[(（]|工作要点[(（]");
    private static final Pattern SUMMARY = Pattern.compile("一图读懂|一图看懂|一图速览|图解|图读|图说|解读|读懂|看点|要点|摘要|速览|关键词|划重点|重点来了|亮点|数说|金句|问答|H5|视频");
    private static final Pattern NEWS = Pattern.compile("召开|开幕|闭幕|胜利|隆重|举行|审议|听取|学习|传达|热议|讨论|部署|座谈|宣讲|贯彻|落实|代表们|侧记|聚焦|专题");
    private static final Pattern PLACEHOLDER = Pattern.compile("XX|xx|ＸＸ|××|某某|○○|\\*\\*|＊＊|X{1,2}(?:镇|乡|县|市|区|年|月|日|届)");
    private static final Pattern NEWS_LEAD = Pattern.compile("^(?:\\d{1,2}月\\d{1,2}日[上下]?午?|近日|日前|昨日|今日|昨天|今天)[，,].{0,60}?(?:召开|举行|开幕|闭幕|学习|传达)");
    private static final Pattern REPORT_MARKERS = Pattern.compile(
            "各位代表|我代表|请予审议|工作回顾|工作安排|工作计划|工作任务|目标任务|预期目标|一年来|过去一年|过去五年|今年|完成情况|政府自身建设");
    /** A reporter's voice: a report never calls itself 报告提出 or credits a 记者/责任编辑. */
    private static final Pattern NEWS_VOICE = Pattern.compile("记者|通讯员|获悉|据悉|责任编辑|报告(?:提出|指出|显示|明确|强调)");
    private static final int NEWS_VOICE_LINES = 12;
    private static final int MIN_NEWS_VOICES = 2;
    private static final int MIN_REPORT_CHARS = 250;
    private static final int MIN_MARKERS = 3;

    private LookAlikes() {
    }

    /** The reason the page is not a report, or null when nothing speaks against it. */
    static String rejectReason(String title, List<String> lines, ReportStructure structure) {
        String t = title == null ? "" : title;
        if (DUTY.matcher(t).find()) {
            return "a personal duty report (述职报告), not a government work report";
        }
        if (structure.otherBodySpeaks()) {
            return "another body's report (" + structure.speakerBody() + ": 人大主席团, 法院 …), not a government work report";
        }
        if (SUMMARY_PLAN.matcher(t).find() && !t.contains("工作报告")) {
            return "a work summary or an annual work plan (工作总结/年度工作计划), not a report to the congress: its targets"
                    + " restate or implement the congress report's, so it is not alerted as one";
        }
        if (RESOLUTION.matcher(t).find()) {
            return "a resolution (决议) on a report, not the report itself";
        }
        if (EXECUTION.matcher(t).find()) {
            return "another kind of report (计划/预算执行情况 or a different body's report), not a government work report";
        }
        if (SUMMARY.matcher(t).find()) {
            return "a summary or interpretation of a report (一图读懂/解读), not the report itself";
        }
        if (PLACEHOLDER.matcher(t).find()) {
            return "a template with XX placeholders, not a real report";
        }
        String stripped = t.replaceAll("\\(.*?\\)|（.*?）", "");
        if (NEWS.matcher(stripped).find() && !stripped.contains("在")) {
            return "news about a meeting or about a report, not the report itself";
        }
        if (newsVoices(lines) >= MIN_NEWS_VOICES) {
            return "news about a meeting or about a report, not the report itself";
        }
        int chars = 0;
        int markers = 0;
        int placeholders = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            chars += line.length();
            if (i < 6 && line.length() < 300 && NEWS_LEAD.matcher(line).find()) {
                return "news about a meeting or about a report, not the report itself";
            }
            if (line.length() < 20_000) {
                // Counting stops at MIN_MARKERS, all the verdict needs: scanning every line of a long report was the
                // detector's largest cost.
                var m = markers < MIN_MARKERS ? REPORT_MARKERS.matcher(line) : null;
                while (m != null && markers < MIN_MARKERS && m.find()) {
                    markers++;
                }
                if (i < 40 && PLACEHOLDER.matcher(line).find()) {
                    placeholders++;
                }
            }
        }
        if (placeholders >= 2) {
            return "a template with XX placeholders, not a real report";
        }
        if (!structure.isGovernmentReport() && (chars < MIN_REPORT_CHARS || markers < MIN_MARKERS)) {
            return "the page mentions or links to a work report but holds no report text";
        }
        return null;
    }

    private static int newsVoices(List<String> lines) {
        int voices = 0;
        for (int i = 0; i < Math.min(NEWS_VOICE_LINES, lines.size()); i++) {
            String line = lines.get(i);
            var m = NEWS_VOICE.matcher(line.length() > 2000 ? line.substring(0, 2000) : line);
            while (m.find() && voices < MIN_NEWS_VOICES) {
                voices++;
            }
        }
        return voices;
    }
}
