package govwatch.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An alert on {@link Topics#ALERTS}, keyed by {@link #reportId}. One alert per event: a revision that
 * changes three targets is one TARGET_CHANGED with three changes.
 *
 * @param type       what happened
 * @param reportId   region + plan year, the report's identity
 * @param region     the place
 * @param parent     the enclosing region where stated
 * @param year       the plan year
 * @param title      the report title
 * @param draft      whether the version that triggered the alert is a draft (草案)
 * @param sourceUrl  where the triggering version was read
 * @param detectedAt when govwatch noticed
 * @param targets    for NEW_REPORT, the targets set; else null
 * @param changes    for TARGET_CHANGED, every {indicator, before, after}; else null
 * @param yearOverYear for NEW_REPORT when the region's previous-year report is known: for each indicator set
 *                   in both years, {indicator, before = last year's target, after = this year's}; else null
 * @param deadline   for MISSING_REPORT, the reporting deadline that passed without the report (Asia/Shanghai); else
 *                   null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Alert(
        AlertType type,
        String reportId,
        Region region,
        Region parent,
        Integer year,
        String title,
        boolean draft,
        String sourceUrl,
        Instant detectedAt,
        List<Target> targets,
        List<Change> changes,
        List<Change> yearOverYear,
        LocalDate deadline) {

    /** An alert about a report (every type but MISSING_REPORT). */
    public Alert(AlertType type, String reportId, Region region, Region parent, Integer year, String title,
                 boolean draft, String sourceUrl, Instant detectedAt, List<Target> targets, List<Change> changes,
                 List<Change> yearOverYear) {
        this(type, reportId, region, parent, year, title, draft, sourceUrl, detectedAt, targets, changes, yearOverYear,
                null);
    }

    /**
     * A MISSING_REPORT alert: {@code township} (with its official code) of {@code county} has no report for
     * {@code year} by {@code deadline}; the id is the one the report would have ({@code code/year}).
     */
    public static Alert missingReport(Region township, Region county, int year, LocalDate deadline,
                                      Instant detectedAt) {
        return new Alert(AlertType.MISSING_REPORT, township.code() + "/" + year, township, county, year, null, false,
                null, detectedAt, null, null, null, deadline);
    }

    /** This alert with the year-over-year comparison set. */
    public Alert withYearOverYear(List<Change> comparison) {
        return new Alert(type, reportId, region, parent, year, title, draft, sourceUrl, detectedAt, targets, changes,
                comparison, deadline);
    }

    /** This alert with these targets. */
    public Alert withTargets(List<Target> list) {
        return new Alert(type, reportId, region, parent, year, title, draft, sourceUrl, detectedAt, list, changes,
                yearOverYear, deadline);
    }
}
