package govwatch.app.cli;

import govwatch.app.metrics.Metrics;
import govwatch.app.pipeline.Cluster;
import govwatch.app.pipeline.PortalEvents;
import govwatch.app.pipeline.PortalSites;
import govwatch.app.pipeline.StopSignal;
import govwatch.crawler.CrawlSummary;
import govwatch.crawler.Crawler;
import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.kafka.KafkaCrawlState;
import govwatch.crawler.kafka.KafkaPageSink;
import govwatch.crawler.seed.PortalSeed;
import govwatch.crawler.seed.SeedFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code govwatch crawl}: the crawler alone, publishing pages to a cluster. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = "Run the crawler alone: fetch the portals in a seed file and publish pages to Kafka.")
final class CrawlCommand implements Callable<Integer> {

    @Option(names = "--seeds", paramLabel = "FILE", required = true, description = "Seed file (seeds/*.yaml).")
    Path seeds;

    @Option(names = "--once", description = "Crawl once and exit.")
    boolean once;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        List<PortalSeed> portals = SeedFiles.load(seeds);
        Duration interval = portals.stream().map(PortalSeed::recrawlInterval)
                .min(Comparator.naturalOrder()).orElse(Duration.ofHours(1));
        StopSignal stop = once ? StopSignal.never() : StopSignal.onShutdown();
        try (Metrics metrics = new Metrics();
             PortalSites sites = PortalSites.start(portals);
             Cluster cluster = Cluster.open(common.bootstrap, common.dataDir, common.replication);
             KafkaPageSink pages = new KafkaPageSink(Map.of("bootstrap.servers", cluster.bootstrap()));
             KafkaCrawlState state = KafkaCrawlState.open(Map.of("bootstrap.servers", cluster.bootstrap()));
             PortalEvents portalEvents = new PortalEvents(cluster.bootstrap(), Clock.systemUTC());
             Crawler crawler = new Crawler(CrawlerConfig.defaults(), portals, pages, state, metrics.registry())) {
            metrics.serve(common.metricsHost, common.metricsPort);
            do {
                CrawlSummary summary = once ? crawler.crawlEverything() : crawler.crawlOnce();
                System.err.println("govwatch crawl: " + summary);
                portalEvents.publish(summary);
            } while (!once && !stop.await(interval));
            return 0;
        } finally {
            stop.stopped();
        }
    }
}
