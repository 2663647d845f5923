package govwatch.streams;

import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.understanding.ReportAnalyzer;
import govwatch.understanding.TargetComparer;
import govwatch.understanding.model.Change;
import govwatch.understanding.model.Report;
import govwatch.understanding.model.Target;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, from the stored state of a report and a newly understood version of it, whether to alert and
 * what to store. Plain Java: the topology calls it per record, the tests call it directly.
 *
 * <ul>
 *   <li>never seen → NEW_REPORT with its targets and, when the region's previous-year report is known, how
 *       each target compares with last year's target for the same indicator;</li>
 *   <li>stored by an older extractor → the stored document is read again with today's extractor first, so the
 *       comparison below is like with like and an upgrade floods nobody (if the document was not kept, the new
 *       version is stored quietly; if reading it again fails, that is logged and counted, and the new version is
 *       compared with the stored one as it was read, so a real change is still alerted);</li>
 *   <li>same cleaned text (content hash) → nothing: a re-fetch, a restart;</li>
 *   <li>a draft after the final version is known → nothing: a stale copy must not undo the final;</li>
 *   <li>the same version at another URL (a mirror, the article's PDF attachment) → nothing: copies differ in
 *       layout, not in what the government decided; a revision is the same URL changing, or draft → final;</li>
 *   <li>targets changed, added or removed → one TARGET_CHANGED listing every change;</li>
 *   <li>other text changes → store quietly, or REPORT_REVISED when asked for.</li>
 * </ul>
 */
public final class AlertDecider {

    private static final Logger log = LoggerFactory.getLogger(AlertDecider.class);

    private final ReportAnalyzer analyzer;
    private final TargetComparer comparer;
    private final Clock clock;
    private final boolean reportRevised;
    private final StreamsMetrics metrics;

    /**
     * @param analyzer      today's understanding, to read a stored document again after an upgrade
     * @param reportRevised whether a text-only revision raises REPORT_REVISED
     * @param metrics       counts the stored documents that could not be read again
     */
    public AlertDecider(ReportAnalyzer analyzer, TargetComparer comparer, Clock clock, boolean reportRevised,
                        StreamsMetrics metrics) {
        this.analyzer = analyzer;
        this.comparer = comparer;
        this.clock = clock;
        this.reportRevised = reportRevised;
        this.metrics = metrics;
    }

    /**
     * @param stored       the stored state of this report, or null if never seen
     * @param incoming     the newly understood version
     * @param previousYear the region's report for the year before, or null if unknown
     */
    public Decision decide(ReportState stored, ReportVersion incoming, Report previousYear) {
        Report in = incoming.report();
        if (stored == null) {
            Alert alert = alert(AlertType.NEW_REPORT, in, in.targets(), null)
                    .withYearOverYear(yearOverYear(previousYear, in));
            return new Decision(new ReportState(incoming, List.of()).advance(incoming, alert), alert, "new");
        }
        Report current = stored.current();
        boolean reread = false;
        if (!Objects.equals(current.extractorVersion(), in.extractorVersion())) {
            if (stored.version().document() == null) {
                return new Decision(stored.advance(incoming, null), null, "rebaselined");
            }
            Report again = readAgain(stored.version());
            reread = again != null;
            current = reread ? again : current;
        }
        if (Objects.equals(current.contentHash(), in.contentHash())) {
            return reread ? new Decision(stored.advance(incoming, null), null, "rebaselined")
                    : Decision.ignore("unchanged");
        }
        if (in.draft() && !current.draft()) {
            return Decision.ignore("draft_after_final");
        }
        if (in.draft() == current.draft() && !Objects.equals(current.sourceUrl(), in.sourceUrl())) {
            return Decision.ignore("other_copy");
        }
        List<Change> changes = comparer.compare(current.targets(), in.targets());
        if (changes.isEmpty()) {
            Alert revised = reportRevised ? alert(AlertType.REPORT_REVISED, in, null, null) : null;
            return new Decision(stored.advance(incoming, revised), revised, "text_revised");
        }
        Alert alert = alert(AlertType.TARGET_CHANGED, in, null, changes);
        return new Decision(stored.advance(incoming, alert), alert, "targets_changed");
    }

    /**
     * The stored version as today's extractor reads it, or null (logged and counted) when it cannot be read again:
     * then the caller compares with the stored reading, so a real change is alerted rather than lost.
     */
    private Report readAgain(ReportVersion stored) {
        try {
            Report again = analyzer.analyze(stored.source());
            if (again.report() && again.id() != null) {
                return again;
            }
            log.warn("stored version of {} read again by extractor {} is no report ({}); comparing with the stored reading",
                    stored.report().id(), Report.CURRENT_EXTRACTOR_VERSION, again.reason());
        } catch (RuntimeException e) {
            log.warn("stored version of {} cannot be read again by extractor {}; comparing with the stored reading",
                    stored.report().id(), Report.CURRENT_EXTRACTOR_VERSION, e);
        }
        metrics.rereadFailure();
        return null;
    }

    /** Last year's targets against this year's, for the indicators both set. */
    private List<govwatch.events.Change> yearOverYear(Report previousYear, Report incoming) {
        if (previousYear == null) {
            return null;
        }
        return WireRecords.changes(comparer.compare(previousYear.targets(), incoming.targets()).stream()
                .filter(c -> c.before() != null && c.after() != null)
                .toList());
    }

    private Alert alert(AlertType type, Report r, List<Target> targets, List<Change> changes) {
        return new Alert(type, r.id(), WireRecords.region(r.region()), WireRecords.region(r.parent()), r.year(),
                r.title(), r.draft(), r.sourceUrl(), clock.instant(), WireRecords.targets(targets),
                WireRecords.changes(changes), null);
    }
}
