package govwatch.app.cli;

import govwatch.app.metrics.Metrics;
import govwatch.app.pipeline.Pipeline;
import govwatch.app.pipeline.StopSignal;
import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.seed.SeedFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code govwatch run}: crawl the portals of a seed file and process them, once or continuously. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Crawl the portals in a seed file and process them; print alerts as JSON lines.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--seeds", paramLabel = "FILE", required = true, description = "Seed file (seeds/*.yaml).")
    Path seeds;

    @Option(names = "--once", description = "Crawl once, wait until every page is processed, print the alerts, exit.")
    boolean once;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        return runJob(common, seeds, once, common.dataDir);
    }

    static int runJob(CommonOptions common, Path seedFile, boolean once, Path dataDir) throws Exception {
        var portals = SeedFiles.load(seedFile); // refuses a bad seed file before anything starts
        try (Metrics metrics = new Metrics()) {
            metrics.serve(common.metricsHost, common.metricsPort);
            Pipeline.Options options = new Pipeline.Options(portals, common.bootstrap, dataDir, once,
                    CrawlerConfig.defaults(), Duration.ofMinutes(10), common.httpPort, common.reportRevised,
                    common.replication);
            long start = System.nanoTime();
            AlertOutput out = new AlertOutput(System.out, true);
            StopSignal stop = once ? StopSignal.never() : StopSignal.onShutdown();
            try {
                int alerts = Pipeline.run(options, metrics.registry(), alert -> {
                    if (out.printed() == 0) {
                        System.err.printf("govwatch: first alert %.1f s after start%n", (System.nanoTime() - start) / 1e9);
                    }
                    out.accept(alert);
                }, stop);
                System.err.printf("govwatch: %d alert(s)%n", alerts);
                return 0;
            } finally {
                stop.stopped();
            }
        }
    }
}
