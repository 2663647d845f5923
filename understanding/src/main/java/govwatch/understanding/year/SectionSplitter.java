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
    /**
     * Where the text turns to the plan year, whatever the heading above says (slogan headings): 今年是…之年, 2026年是…,
     * 明年是… (a December meeting), 今年/2026年经济社会发展的主要预期目标, 下一步，…. 今年以来 is review.
     */
    private static final Pattern PLAN_TURN = Pattern.compile(
            "^(?:(?:今年|明年)是|(\\d{4})年是|(?:今年|明年|\\d{4}年)(?:全镇|全乡|全县|全区|全市|全省|全街道)?(?:经济社会发展的?)?(?:主要)?预期目标|下一步[，,])");
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
            if (planStart < 0 && reviewStart >= 0 && turnsToPlan(lines.get(i), reviewYear)) {
                boolean headed = i > reviewStart + 1 && heading(lines.get(i - 1)) != null;
                planStart = headed ? i - 1 : i;
                planHeading = lines.get(planStart).length() > MAX_HEADING
                        ? lines.get(planStart).substring(0, MAX_HEADING) : lines.get(planStart);
                planYear = turnYear(lines.get(i), reviewYear);
                continue;
            }
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

    /** Whether a paragraph opens the plan part: 今年是…, a year after the reviewed one, the expected goals, 下一步. */
    static boolean turnsToPlan(String line, Integer reviewYear) {
        Matcher m = PLAN_TURN.matcher(line);
        if (!m.find()) {
            return false;
        }
        if (m.group(1) != null) {
            return reviewYear != null && Integer.parseInt(m.group(1)) > reviewYear;
        }
        return true;
    }

    /** The plan year a turn names (2026年是…), or null for 今年/明年/下一步. */
    private static Integer turnYear(String line, Integer reviewYear) {
        Matcher m = PLAN_TURN.matcher(line);
        if (m.find() && m.group(1) != null) {
            return Integer.valueOf(m.group(1));
        }
        Matcher y = YEAR.matcher(line.length() > MAX_HEADING ? line.substring(0, MAX_HEADING) : line);
        return y.find() && line.startsWith(y.group()) ? Integer.valueOf(y.group(1)) : null;
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
