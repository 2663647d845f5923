package govwatch.app.cli;

import govwatch.app.metrics.Metrics;
import govwatch.app.broker.Cluster;
import govwatch.app.crawl.KafkaCrawler;
import govwatch.app.embedded.ServedPortals;
import govwatch.app.pipeline.StopSignal;
import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.seed.PortalSeed;
import govwatch.crawler.seed.SeedFiles;
import java.nio.file.Path;
import java.util.List;
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
        StopSignal stop = once ? StopSignal.never() : StopSignal.onShutdown();
        try (Metrics metrics = new Metrics();
             ServedPortals sites = ServedPortals.start(portals);
             Cluster cluster = Cluster.open(common.bootstrap, common.dataDir, common.replication);
             KafkaCrawler crawler = new KafkaCrawler(cluster.bootstrap(), CrawlerConfig.defaults(), portals,
                     metrics.registry())) {
            metrics.serve(common.metricsHost, common.metricsPort);
            stop.onRaise(crawler::cancel); // a shutdown must not wait for a long polite pass
            do {
                System.err.println("govwatch crawl: " + crawler.pass(once));
            } while (!once && !stop.await(crawler.interval()));
            return 0;
        } finally {
            stop.stopped();
        }
    }
}
