package govwatch.app.crawl;

import govwatch.crawler.CrawlSummary;
import govwatch.crawler.Crawler;
import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.kafka.KafkaCrawlState;
import govwatch.crawler.kafka.KafkaPageSink;
import govwatch.crawler.seed.PortalSeed;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The whole crawler against one cluster: pages to {@code govwatch.pages}, its memory in {@code govwatch.crawl-state},
 * each pass's portal errors to {@code govwatch.portal-events}. Used by {@code run} and by {@code crawl}, which print
 * each pass's summary (once).
 */
public final class KafkaCrawler implements AutoCloseable {

    private final KafkaPageSink pages;
    private final KafkaCrawlState state;
    private final PortalEventPublisher portalEvents;
    private final Crawler crawler;
    private final Duration interval;
    private final List<PortalSeed> seeds;

    /** @param stateDir where the crawl state's local copy of its topic lives (created, or restored, if missing) */
    public KafkaCrawler(String bootstrap, Path stateDir, CrawlerConfig config, List<PortalSeed> seeds, MeterRegistry metrics) {
        Map<String, Object> client = Map.of("bootstrap.servers", bootstrap);
        this.pages = new KafkaPageSink(client);
        this.state = KafkaCrawlState.open(client, stateDir);
        this.portalEvents = new PortalEventPublisher(bootstrap, Clock.systemUTC());
        this.crawler = new Crawler(config, seeds, pages, state, metrics);
        this.seeds = List.copyOf(seeds);
        this.interval = seeds.stream().map(PortalSeed::recrawlInterval)
                .min(Comparator.naturalOrder()).orElse(Duration.ofHours(1));
    }

    /**
     * One pass over every portal; {@code everyPage} checks every known page now (a pass a person asks for), else
     * only the pages that are due.
     */
    public CrawlSummary pass(boolean everyPage) {
        CrawlSummary summary = everyPage ? crawler.crawlEverything() : crawler.crawlOnce();
        portalEvents.publish(summary);
        return summary;
    }

    /**
     * Whether this crawler has crawled one of its portals before (its memory holds a start page): a pass then mostly
     * re-checks pages, most of them unchanged, rather than publishing every page it finds.
     */
    public boolean remembersAPortal() {
        return seeds.stream().flatMap(s -> s.startUrls().stream()).anyMatch(url -> state.get(url).isPresent());
    }

    /** Ends the pass under way early: what was fetched is kept, the rest waits for the next pass. */
    public void cancel() {
        crawler.cancel();
    }

    /** Time between two scheduled passes: the shortest re-crawl interval of the seeds. */
    public Duration interval() {
        return interval;
    }

    @Override
    public void close() {
        crawler.close();
        portalEvents.close();
        state.close();
        pages.close();
    }
}
