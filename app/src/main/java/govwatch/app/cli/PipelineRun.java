package govwatch.app.cli;

import govwatch.app.metrics.Metrics;
import govwatch.app.pipeline.Pipeline;
import govwatch.app.pipeline.StopSignal;
import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.seed.PortalSeed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What {@code run} and {@code demo} share: the whole pipeline with alerts on stdout, progress and summary on stderr. */
final class PipelineRun {

    private PipelineRun() {
    }

    /**
     * Runs the pipeline; returns the exit code ({@link ExitCodes}). Options are checked before anything starts.
     *
     * @param command the command's name, for what it prints
     */
    static int run(String command, List<PortalSeed> portals, boolean once, String bootstrap, Path dataDir,
                   short replication, PipelineOptions pipeline, StopSignal stop) throws Exception {
        pipeline.check();
        try (Metrics metrics = new Metrics()) {
            pipeline.metrics.serve(metrics);
            Pipeline.Options options = new Pipeline.Options(portals, bootstrap, dataDir, once, CrawlerConfig.defaults(),
                    Duration.ofMinutes(10), pipeline.query.host, pipeline.query.port, pipeline.alerting.reportRevised,
                    replication, pipeline.alerting.missingReports());
            long start = System.nanoTime();
            AlertOutput out = new AlertOutput(System.out, true);
            Pipeline.Result result;
            try (ProgressLine progress = ProgressLine.start(metrics.registry(), out::printed, System.err)) {
                result = Pipeline.run(options, metrics.registry(), alert -> progress.clearFor(() -> {
                    if (out.printed() == 0) {
                        System.err.printf("govwatch %s: first alert %.1f s after start%n", command,
                                (System.nanoTime() - start) / 1e9);
                    }
                    out.accept(alert);
                }), pass -> progress.clearFor(() -> PassSummary.print(System.err, command, pass)), stop);
            }
            System.err.printf("govwatch %s: %d alert(s)%n", command, result.alerts());
            return once ? ExitCodes.ofPass(result.stopped(), result.portalErrors()) : ExitCodes.OK;
        }
    }
}
