package govwatch.streams;

import govwatch.events.DeadLetter;

/**
 * The outcome of understanding one page: a report, a dead letter, or neither (a page that is not a report).
 * Lives only between two processors of one sub-topology, so it needs no serde.
 */
record Understood(ReportVersion version, DeadLetter deadLetter) {

    static Understood report(ReportVersion version) {
        return new Understood(version, null);
    }

    static Understood dead(DeadLetter deadLetter) {
        return new Understood(null, deadLetter);
    }
}
