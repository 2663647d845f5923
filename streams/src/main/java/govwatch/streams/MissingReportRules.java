package govwatch.streams;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;

/**
 * When a township's report for a plan year counts as missing (MISSING_REPORT). The reporting season of plan year Y
 * ends at the end of {@code deadline} of Y in China's time zone (default 31 March: township congresses meet in
 * January and February, and the report is online a few weeks later). A county is checked only once it has been
 * watched for {@code grace}, so that the first crawl of a newly watched portal can deliver the reports it already
 * has before any is called missing.
 *
 * <p>Plan years checked for a watched county, each once its deadline has passed: the current plan year (the calendar
 * year in China), and last year if a report of one of the county's townships for it was seen: where some of a
 * year's reports are online, the others are expected too. A county first watched in February is not asked for last
 * year's reports unless one of them is online. Older years are not alerted (an archive's 2019 report would raise a
 * burst of alerts about history); the coverage query answers for them.
 *
 * @param deadline the last day of the reporting season, in the plan year
 * @param grace    how long a county must have been watched before it is checked
 * @param checkEvery how often (wall-clock time) the deadlines are checked: they are days, so a minute is prompt enough
 *                 and costs one scan of the county store
 */
public record MissingReportRules(MonthDay deadline, Duration grace, Duration checkEvery) {

    /** Reporting deadlines are days in China. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** 31 March, and one day's grace after the first page of a county. */
    public static final MissingReportRules DEFAULT = new MissingReportRules(MonthDay.of(3, 31), Duration.ofDays(1));

    public MissingReportRules {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("the grace period must not be negative: " + grace);
        }
        if (checkEvery.isNegative() || checkEvery.isZero()) {
            throw new IllegalArgumentException("the check interval must be positive: " + checkEvery);
        }
    }

    /** Checked every minute. */
    public MissingReportRules(MonthDay deadline, Duration grace) {
        this(deadline, grace, Duration.ofMinutes(1));
    }

    /** The deadline day of plan year {@code year}. */
    public LocalDate deadline(int year) {
        return deadline.atYear(year);
    }

    /** Whether the deadline of plan year {@code year} has passed at {@code now}: its day is over in China. */
    public boolean passed(int year, Instant now) {
        return !now.isBefore(deadline(year).plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    /** The current plan year at {@code now}: the calendar year in China. */
    public static int currentYear(Instant now) {
        return now.atZone(ZONE).getYear();
    }
}
