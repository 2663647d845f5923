package govwatch.crawler;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The crawler's meters, all named {@code govwatch.crawler.*}:
 * <ul>
 *   <li>{@code govwatch.crawler.pages} (counter; portal, outcome = ok | not_modified | unchanged | an error kind)</li>
 *   <li>{@code govwatch.crawler.bytes} (summary of body bytes received; portal)</li>
 *   <li>{@code govwatch.crawler.fetch.latency} (timer of one fetch including retries; portal)</li>
 *   <li>{@code govwatch.crawler.robots.blocked} (counter; portal)</li>
 *   <li>{@code govwatch.crawler.queue.depth} (gauge of queued URLs; host)</li>
 *   <li>{@code govwatch.crawler.portal.down.passes} (gauge: consecutive passes in which no start page of the
 *       portal could be fetched; 0 when healthy; portal)</li>
 * </ul>
 */
final class CrawlMetrics {
    private final MeterRegistry registry;

    CrawlMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void page(String portal, String outcome) {
        Counter.builder("govwatch.crawler.pages").description("pages fetched, by portal and outcome")
                .tags("portal", portal, "outcome", outcome).register(registry).increment();
    }

    void bytes(String portal, int bytes) {
        DistributionSummary.builder("govwatch.crawler.bytes").baseUnit("bytes").description("body bytes received")
                .tag("portal", portal).register(registry).record(bytes);
    }

    void latency(String portal, Duration d) {
        Timer.builder("govwatch.crawler.fetch.latency").description("one fetch, retries included")
                .tag("portal", portal).register(registry).record(d);
    }

    void robotsBlocked(String portal) {
        Counter.builder("govwatch.crawler.robots.blocked").description("URLs not fetched because robots.txt disallows them")
                .tag("portal", portal).register(registry).increment();
    }

    void portalDownPasses(String portal, Supplier<Number> passes) {
        Gauge.builder("govwatch.crawler.portal.down.passes", passes).description("consecutive passes the portal was unreachable")
                .tag("portal", portal).strongReference(true).register(registry);
    }

    /** Registers the queue-depth gauge of a host (Micrometer keeps one per host; re-registering is a no-op). */
    void queueDepth(String host, Supplier<Number> depth) {
        Gauge.builder("govwatch.crawler.queue.depth", depth).description("URLs queued for a host")
                .tag("host", host).strongReference(true).register(registry);
    }
}
