package govwatch.streams;

import govwatch.events.Alert;

/**
 * What to do with one understood version of a report.
 *
 * @param next      the state to store, or null to leave the store as it is
 * @param alert     the alert to emit, or null for none
 * @param why       a short reason, for logs and metrics (new, unchanged, targets_changed, rebaselined, …)
 * @param retiredId a report id this version replaces (the same report first seen without its county), to be deleted
 *                  from {@code govwatch.reports} with a tombstone; else null
 */
public record Decision(ReportState next, Alert alert, String why, String retiredId) {

    public Decision(ReportState next, Alert alert, String why) {
        this(next, alert, why, null);
    }

    static Decision ignore(String why) {
        return new Decision(null, null, why);
    }

    /** This decision, retiring {@code id}. */
    Decision retiring(String id) {
        return new Decision(next, alert, why, id);
    }
}
