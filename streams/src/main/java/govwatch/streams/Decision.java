package govwatch.streams;

import govwatch.events.Alert;

/**
 * What to do with one understood version of a report.
 *
 * @param next  the state to store, or null to leave the store as it is
 * @param alert the alert to emit, or null for none
 * @param why   a short reason, for logs and metrics (new, unchanged, targets_changed, rebaselined, …)
 */
public record Decision(ReportState next, Alert alert, String why) {

    static Decision ignore(String why) {
        return new Decision(null, null, why);
    }
}
