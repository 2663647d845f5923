package govwatch.events;

/** The kinds of alert on {@link Topics#ALERTS}. */
public enum AlertType {
    /** First time a report for this region and plan year is seen. */
    NEW_REPORT,
    /** A new version of a known report changes, adds or removes targets. */
    TARGET_CHANGED,
    /** The report's text changed but none of its targets did; only when asked for (off by default: noisy). */
    REPORT_REVISED,
    /**
     * A watched county's township-level unit has no report for a plan year when that year's reporting deadline has
     * passed (once per township and year). A report that arrives later is an ordinary NEW_REPORT.
     */
    MISSING_REPORT
}
