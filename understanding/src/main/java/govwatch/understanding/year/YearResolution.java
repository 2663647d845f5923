package govwatch.understanding.year;

/**
 * The plan year and review year of a report and the evidence that decided the plan year.
 *
 * @param year       the plan year, or null when nothing dates the report
 * @param reviewYear the reviewed year, or null
 * @param evidence   plan-section, review-section, meeting-date, title, plan-text or published-date
 */
public record YearResolution(Integer year, Integer reviewYear, String evidence) {
}
