package govwatch.streams;

import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.understanding.model.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reports store keeps per report: the latest accepted version (with the document it was read from), and
 * the recent alerts about it.
 *
 * <p>A NEW_REPORT alert raised on the stored version is kept without its targets: they are the version's, and a
 * report sets up to a few hundred of them, which the store, its changelog and every read of the entry would carry
 * twice. {@link #alerts} gives them back; before a new version replaces the stored one they are filled in.
 *
 * @param version the latest version accepted for this report
 * @param history the alerts raised for this report, oldest first, at most {@link #MAX_HISTORY}, as stored
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

    /** The alerts raised for this report, oldest first, each with all it said. */
    public List<Alert> alerts() {
        return filled(history, version);
    }

    /** This state with {@code next} as current and {@code alert} (if any) appended to a bounded history. */
    public ReportState advance(ReportVersion next, Alert alert) {
        List<Alert> longer = new ArrayList<>(next == version ? history : filled(history, version));
        if (alert != null) {
            boolean targetsOfNext = alert.type() == AlertType.NEW_REPORT && alert.targets() != null
                    && alert.targets().equals(WireRecords.targets(next.report().targets()));
            longer.add(targetsOfNext ? alert.withTargets(null) : alert);
        }
        int from = Math.max(0, longer.size() - MAX_HISTORY);
        return new ReportState(next, longer.subList(from, longer.size()));
    }

    /** The alerts with the targets of {@code version} put back where they were left out. */
    private static List<Alert> filled(List<Alert> history, ReportVersion version) {
        if (history.stream().noneMatch(ReportState::leftOut)) {
            return history;
        }
        List<govwatch.events.Target> targets = WireRecords.targets(version.report().targets());
        return history.stream().map(a -> leftOut(a) ? a.withTargets(targets) : a).toList();
    }

    private static boolean leftOut(Alert a) {
        return a.type() == AlertType.NEW_REPORT && a.targets() == null;
    }
}
