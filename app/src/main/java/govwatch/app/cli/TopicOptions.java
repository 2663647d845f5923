package govwatch.app.cli;

import picocli.CommandLine.Option;

/** How the topics govwatch creates are replicated (the commands that create topics: run, crawl, streams). */
final class TopicOptions {

    @Option(names = "--replication", paramLabel = "N",
            description = "Replication factor of the topics govwatch creates on an existing cluster (default: ${DEFAULT-VALUE}).")
    short replication = 1;

    /** The factor, checked: a topic needs at least one copy. */
    short replication() {
        if (replication < 1) {
            throw new UsageError("--replication " + replication + " is not a replication factor: give 1 or more");
        }
        return replication;
    }
}
