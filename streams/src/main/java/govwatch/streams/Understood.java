package govwatch.streams;

import govwatch.events.DeadLetter;
import govwatch.understanding.model.Report;

/**
 * The outcome of understanding one page: a report, a dead letter, or neither (a page that is not a report).
 * Lives only between two processors of one sub-topology, so it needs no serde.
 */
record Understood(Report report, DeadLetter deadLetter) {

    static Understood report(Report report) {
        return new Understood(report, null);
    }

    static Understood dead(DeadLetter deadLetter) {
        return new Understood(null, deadLetter);
    }
}
