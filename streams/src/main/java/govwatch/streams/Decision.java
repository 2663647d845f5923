package govwatch.streams;

import govwatch.events.Alert;

/**
 * What to do with one understood version of a report.
 *
 * @param next  the state to store, or null to leave the store as it is
 * @param alert the alert to emit, or null for none
 * @param why   a short reason, for logs and metrics (new, unchanged, targets_changed, rebaselined, …)
 * @param retiredId the report id the stored version had when this version's id differs (the place now resolved to
 *              its official code, or its county now known): {@code govwatch.reports} gets a tombstone for it; else null
 */
public record Decision(ReportState next, Alert alert, String why, String retiredId) {

    Decision(ReportState next, Alert alert, String why) {
        this(next, alert, why, null);
    }

    /** This decision, retiring {@code oldId} when it differs from the id of the version stored next. */
    Decision retiring(String oldId) {
        return next == null || oldId == null || oldId.equals(next.current().id()) ? this
                : new Decision(next, alert, why, oldId);
    }

    static Decision ignore(String why) {
        return new Decision(null, null, why);
    }
}
