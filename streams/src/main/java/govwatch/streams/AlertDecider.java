package govwatch.streams;

import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.understanding.TargetComparer;
import govwatch.understanding.model.Change;
import govwatch.understanding.model.Report;
import govwatch.understanding.model.Target;
import java.time.Clock;
import java.util.List;

/**
 * Decides, from the stored state of a report and a newly understood version of it, whether to alert and
 * what to store. Plain Java: the topology calls it per record, the tests call it directly.
 *
 * <ul>
 *   <li>never seen → NEW_REPORT with its targets and, when the region's previous-year report is known, how
 *       each target compares with last year's target for the same indicator;</li>
 *   <li>same cleaned text (content hash) → nothing: a re-fetch, a mirror, a restart;</li>
 *   <li>a draft after the final version is known → nothing: a stale copy must not undo the final;</li>
 *   <li>stored by an older extractor version → re-baseline quietly, so an upgrade floods nobody;</li>
 *   <li>targets changed, added or removed → one TARGET_CHANGED listing every change;</li>
 *   <li>other text changes → store quietly, or REPORT_REVISED when asked for.</li>
 * </ul>
 */
public final class AlertDecider {

    private final TargetComparer comparer;
    private final Clock clock;
    private final boolean reportRevised;

    /** @param reportRevised whether a text-only revision raises REPORT_REVISED */
    public AlertDecider(TargetComparer comparer, Clock clock, boolean reportRevised) {
        this.comparer = comparer;
        this.clock = clock;
        this.reportRevised = reportRevised;
    }

    /**
     * @param stored       the stored state of this report, or null if never seen
     * @param incoming     the newly understood version
     * @param previousYear the region's report for the year before, or null if unknown
     */
    public Decision decide(ReportState stored, Report incoming, Report previousYear) {
        if (stored == null || stored.current() == null) {
            Alert alert = alert(AlertType.NEW_REPORT, incoming, incoming.targets(), null)
                    .withYearOverYear(yearOverYear(previousYear, incoming));
            return new Decision(new ReportState(incoming, List.of()).advance(incoming, alert), alert, "new");
        }
        Report current = stored.current();
        if (current.contentHash() != null && current.contentHash().equals(incoming.contentHash())) {
            return Decision.ignore("unchanged");
        }
        if (incoming.draft() && !current.draft()) {
            return Decision.ignore("draft_after_final");
        }
        if (!sameVersion(current.extractorVersion(), incoming.extractorVersion())) {
            return new Decision(stored.advance(incoming, null), null, "rebaselined");
        }
        List<Change> changes = comparer.compare(current.targets(), incoming.targets());
        if (changes.isEmpty()) {
            Alert revised = reportRevised ? alert(AlertType.REPORT_REVISED, incoming, null, null) : null;
            return new Decision(stored.advance(incoming, revised), revised, "text_revised");
        }
        Alert alert = alert(AlertType.TARGET_CHANGED, incoming, null, changes);
        return new Decision(stored.advance(incoming, alert), alert, "targets_changed");
    }

    /** Last year's targets against this year's, for the indicators both set. */
    private List<Change> yearOverYear(Report previousYear, Report incoming) {
        if (previousYear == null) {
            return null;
        }
        return comparer.compare(previousYear.targets(), incoming.targets()).stream()
                .filter(c -> c.before() != null && c.after() != null)
                .toList();
    }

    private static boolean sameVersion(Integer a, Integer b) {
        return a == null ? b == null : a.equals(b);
    }

    private Alert alert(AlertType type, Report r, List<Target> targets, List<Change> changes) {
        return new Alert(type, r.id(), r.region(), r.parent(), r.year(), r.title(), r.draft(), r.sourceUrl(),
                clock.instant(), targets, changes, null);
    }
}
