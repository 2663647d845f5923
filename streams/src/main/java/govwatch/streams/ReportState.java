package govwatch.streams;

import govwatch.events.Alert;
import govwatch.understanding.model.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reports store keeps per report: the latest accepted version (with the document it was read from), and
 * the recent alerts about it.
 *
 * @param version the latest version accepted for this report
 * @param history the alerts raised for this report, oldest first, at most {@link #MAX_HISTORY}
 */
public record ReportState(ReportVersion version, List<Alert> history) {

    /** Bounds the state per report so the store stays small however often a report is revised. */
    public static final int MAX_HISTORY = 20;

    public ReportState {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The latest accepted report. */
    public Report current() {
        return version.report();
    }

    /** This state with {@code next} as current and {@code alert} (if any) appended to a bounded history. */
    public ReportState advance(ReportVersion next, Alert alert) {
        if (alert == null) {
            return new ReportState(next, history);
        }
        List<Alert> longer = new ArrayList<>(history);
        longer.add(alert);
        int from = Math.max(0, longer.size() - MAX_HISTORY);
        return new ReportState(next, longer.subList(from, longer.size()));
    }
}
