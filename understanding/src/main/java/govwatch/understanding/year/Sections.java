package govwatch.understanding.year;

import java.util.List;

/**
 * Where a report's review and plan parts are.
 *
 * @param reviewStart    index of the first line of the review part (its heading), or -1
 * @param planStart      index of the first line of the plan part (its heading), or -1 when no plan part was found
 * @param reviewYear     the year named in the review heading (2022年工作回顾), else null
 * @param planYear       the year named in the plan heading (2023年工作计划), else null
 * @param planHeading    the plan heading as written, else null
 */
public record Sections(int reviewStart, int planStart, Integer reviewYear, Integer planYear, String planHeading) {

    /** The lines of the plan part (empty when none was found). */
    public List<String> planLines(List<String> lines) {
        return planStart < 0 ? List.of() : lines.subList(planStart, lines.size());
    }

    /** Whether line {@code index} lies in the plan part. */
    public boolean inPlan(int index) {
        return planStart >= 0 && index >= planStart;
    }
}
