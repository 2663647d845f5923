package govwatch.streams;

import govwatch.events.Bound;
import govwatch.events.Change;
import govwatch.events.Level;
import govwatch.events.PublishedReport;
import govwatch.events.Quantity;
import govwatch.events.Region;
import govwatch.events.Target;
import govwatch.understanding.model.Report;
import java.util.List;

/**
 * Maps the analyzer's model onto the records that cross Kafka ({@code govwatch.events}). The wire contract is
 * defined below the analyzer, so a change in the model changes nothing subscribers receive until it is mapped here
 * on purpose; an enum value the wire does not know fails loudly (a dead letter), never silently.
 */
final class WireRecords {

    private WireRecords() {
    }

    static PublishedReport report(Report r) {
        return new PublishedReport(r.report(), r.title(), region(r.region()), region(r.parent()), r.year(),
                r.reviewYear(), r.yearEvidence(), r.meetingDate(), r.publishedAt(), r.draft(), r.session(),
                r.sourceUrl(), r.contentHash(), r.extractorVersion(), targets(r.targets()), r.reason());
    }

    static Region region(govwatch.understanding.model.Region r) {
        return r == null ? null
                : new Region(r.name(), r.level() == null ? null : Level.valueOf(r.level().name()), r.code());
    }

    static List<Target> targets(List<govwatch.understanding.model.Target> targets) {
        return targets == null ? null : targets.stream().map(WireRecords::target).toList();
    }

    static List<Change> changes(List<govwatch.understanding.model.Change> changes) {
        return changes == null ? null
                : changes.stream().map(c -> new Change(c.indicator(), c.before(), c.after())).toList();
    }

    private static Target target(govwatch.understanding.model.Target t) {
        Quantity normalized = t.normalized() == null ? null
                : new Quantity(t.normalized().value(), t.normalized().unit());
        return new Target(t.indicator(), t.value(), t.valueMax(), t.unit(), normalized, t.growthPercent(),
                t.bound() == null ? null : Bound.valueOf(t.bound().name()), t.text(), t.horizon());
    }
}
