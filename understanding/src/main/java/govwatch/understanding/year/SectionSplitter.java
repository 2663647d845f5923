package govwatch.understanding.year;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the review part (工作回顾, 工作完成情况, 过去五年 …) and the plan part (工作安排, 工作计划, 工作任务, 主要目标任务,
 * 预期目标 …) of a report from its headings: short lines, or the opening of a numbered line. The plan part runs from
 * the first plan heading after the review heading to the end.
 */
public final class SectionSplitter {

    private static final int MAX_HEADING = 40;
    private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}部分[，,:：]?|\\d{1,2}[、.．]|——|—)\\s*");
    private static final Pattern REVIEW = Pattern.compile("回顾|完成情况|过去五年|过去一年|过去的一年|主要成绩|工作总结|取得的成绩|工作成效|五年来");
    private static final Pattern PLAN = Pattern.compile(
            "工作安排|工作计划|工作任务|目标任务|主要任务|主要目标|预期目标|工作思路|工作打算|重点工作|工作重点|总体要求|今后五年|今年工作|发展目标|奋斗目标|工作部署|目标和任务|工作谋划");
    private static final Pattern PLAN_SENTENCE = Pattern.compile("^(?:\\d{4}年|今年|明年)?(?:全镇|全乡|全县|全旗|全区|全市|经济社会发展)?(?:经济社会发展)?的?(?:主要)?预期目标(?:是|为)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern YEAR_WORK = Pattern.compile("^(\\d{4})年(?:的|主要|重点)?工作(?:建议|要点|举措|措施)?$");

    private SectionSplitter() {
    }

    public static Sections split(List<String> lines) {
        int reviewStart = -1;
        int planStart = -1;
        Integer reviewYear = null;
        Integer planYear = null;
        String planHeading = null;
        for (int i = 0; i < lines.size(); i++) {
            String head = heading(lines.get(i));
            if (head == null) {
                if (planStart < 0 && reviewStart >= 0 && PLAN_SENTENCE.matcher(lines.get(i)).find()) {
                    planStart = i;
                    planHeading = lines.get(i).length() > MAX_HEADING ? lines.get(i).substring(0, MAX_HEADING) : lines.get(i);
                    planYear = year(planHeading);
                }
                continue;
            }
            if (REVIEW.matcher(head).find() && !PLAN.matcher(head).find() || head.contains("完成情况")) {
                if (reviewStart < 0 && planStart < 0) {
                    reviewStart = i;
                    reviewYear = year(head);
                }
            } else if (planStart < 0 && (PLAN.matcher(head).find() && !head.contains("完成了") && !head.contains("取得")
                    || reviewYear != null && YEAR_WORK.matcher(head).matches() && year(head) != null && year(head) > reviewYear)) {
                planStart = i;
                planYear = year(head);
                planHeading = head;
            }
        }
        return new Sections(reviewStart, planStart, reviewYear, planYear, planHeading);
    }

    /** The heading text of a line, or null when the line is not a heading. */
    static String heading(String line) {
        Matcher num = NUMBERING.matcher(line);
        String rest = num.find() ? line.substring(num.end()) : line;
        if (rest.length() <= MAX_HEADING && !rest.endsWith("。") && !rest.contains("，")) {
            return rest;
        }
        return null;
    }

    private static Integer year(String text) {
        if (text.contains("五年") || text.contains("十四五") || text.contains("十五五")) {
            return null;
        }
        Matcher m = YEAR.matcher(text);
        if (m.find()) {
            int y = Integer.parseInt(m.group(1));
            return y >= 1949 && y <= 2100 ? y : null;
        }
        return null;
    }
}
