package govwatch.understanding.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The horizon of the targets being read, kept line by line through a plan part: a heading (or the opening of a
 * paragraph) that names a five-year period with its goals (“十五五”时期主要目标任务, 今后五年的目标任务) starts a period;
 * a turn to the plan year (2026年重点工作, 今年是…, 主要预期目标是) ends it. Within a clause, 到2030年 / 2030年前 and 年均
 * name a horizon of their own. Null means the plan year.
 */
final class Horizons {

    private static final Pattern PERIOD = Pattern.compile("(十[一二三四五六七八九]五)|(今后五年|未来五年)");
    private static final Pattern PERIOD_GOALS = Pattern.compile("目标|任务|规划|时期");
    private static final Pattern PLAN_YEAR = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.．])?(?:今年|明年|\\d{4}年(?:的)?(?:重点|主要)?工作|\\d{4}年是|(?:今年|\\d{4}年)?(?:经济社会发展的?)?主要预期目标)");
    private static final Pattern BY_YEAR = Pattern.compile("到(\\d{4})年|(\\d{4})年前");
    /** 年均增长 is a multi-year rate; 年均浓度 is the year's own average. */
    private static final Pattern AVERAGE = Pattern.compile("年均(?:增长|增速|提高|提升|递增|下降|降低|增幅)");
    private static final int HEADING = 45;
    private static final int OPENING = 30;

    private String period;

    /** Reads one line of the plan part: it may open or close a period. */
    void line(String line) {
        if (PLAN_YEAR.matcher(line).find()) {
            period = null;
            return;
        }
        String head = line.length() > OPENING ? line.substring(0, OPENING) : line;
        if (line.length() <= HEADING || head.startsWith("“") || head.startsWith("\"")) {
            String found = lastPeriod(head);
            if (found != null && PERIOD_GOALS.matcher(head).find()) {
                period = found;
            }
        }
    }

    /** The year a sentence is due by (到2029年，一般公共预算收入突破1800万元) as "到2029年", or null; read once a sentence. */
    static String dueBy(String sentence) {
        Matcher by = BY_YEAR.matcher(sentence);
        return by.find() ? "到" + (by.group(1) != null ? by.group(1) : by.group(2)) + "年" : null;
    }

    /**
     * The horizon of a target read from {@code clause} of a sentence due by {@code dueBy} ({@link #dueBy}) under the
     * current line, or null for the plan year: the sentence's year, the section's period, a yearly average.
     */
    String of(String dueBy, String clause) {
        if (dueBy != null) {
            return dueBy;
        }
        if (period != null) {
            return period;
        }
        return AVERAGE.matcher(clause).find() ? "年均" : null;
    }

    private static String lastPeriod(String text) {
        Matcher m = PERIOD.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last;
    }
}
