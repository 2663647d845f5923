package govwatch.app.cli;

import picocli.CommandLine.Mixin;

/** The options of the commands that run the streams app (demo, run, streams): metrics, report queries, alerting. */
final class PipelineOptions {

    @Mixin
    MetricsOptions metrics;

    @Mixin
    QueryOptions query;

    @Mixin
    AlertingOptions alerting;

    /** Fails before anything starts when a listening option cannot work. */
    void check() {
        metrics.check();
        query.check();
        alerting.missingReports();
    }
}
