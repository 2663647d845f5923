package govwatch.app.cli;

import govwatch.app.broker.Cluster;
import govwatch.app.crawl.KafkaCrawler;
import govwatch.app.embedded.ServedPortals;
import govwatch.app.metrics.Metrics;
import govwatch.app.pipeline.StopSignal;
import govwatch.crawler.CrawlSummary;
import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.seed.PortalSeed;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code govwatch crawl}: the crawler alone, publishing pages to a cluster. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = "Run the crawler alone: fetch the portals in a seed file and publish pages to Kafka.",
        footer = {"", "Exit codes with --once: 0 every portal crawled without error, 3 some portals had errors "
                + "(named on stderr), 1 error, 2 bad command line, 130 stopped."})
final class CrawlCommand implements Callable<Integer> {

    @Option(names = "--seeds", paramLabel = "FILE", required = true, description = "Seed file (seeds/*.yaml).")
    Path seeds;

    @Option(names = "--once", description = "Crawl once and exit.")
    boolean once;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    TopicOptions topics;

    @Mixin
    MetricsOptions metricsOptions;

    @Override
    public Integer call() throws Exception {
        List<PortalSeed> portals = SeedFile.load("--seeds", seeds);
        metricsOptions.check();
        StopSignal stop = StopSignal.onShutdown();
        try (Metrics metrics = new Metrics();
             ServedPortals sites = ServedPortals.start(portals);
             Cluster cluster = Cluster.open(kafka.bootstrap, kafka.dataDir, topics.replication());
             KafkaCrawler crawler = new KafkaCrawler(cluster.bootstrap(), kafka.dataDir.resolve("crawl-state"),
                     CrawlerConfig.defaults(), portals, metrics.registry());
             ProgressLine progress = ProgressLine.start(metrics.registry(), null, System.err)) {
            metricsOptions.serve(metrics);
            stop.onRaise(crawler::cancel); // a shutdown must not wait for a long polite pass
            CrawlSummary pass;
            do {
                pass = crawler.pass(once);
                CrawlSummary done = pass;
                progress.clearFor(() -> PassSummary.print(System.err, "crawl", done));
            } while (!once && !stop.await(crawler.interval()));
            return once ? ExitCodes.ofPass(stop.raised(), pass.portalErrors()) : ExitCodes.OK;
        } finally {
            stop.stopped();
        }
    }
}
