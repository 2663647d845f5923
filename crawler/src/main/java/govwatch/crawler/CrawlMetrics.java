package govwatch.crawler;

import govwatch.crawler.fetch.FetchFailure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

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
 * Every meter of a seed portal is registered at zero ({@link #portalDownPasses}) before its first pass, with every known
 * outcome: Prometheus' {@code increase()} and {@code rate()} need a sample before the first event to see it.
 */
final class CrawlMetrics {
    /** Every outcome of a page: fetched (ok, not_modified, unchanged, skipped_type), internal, or a fetch failure. */
    static final List<String> OUTCOMES = Stream.concat(
            Stream.of("ok", "not_modified", "unchanged", "skipped_type", "internal"),
            Stream.of(FetchFailure.Kind.values()).map(FetchFailure.Kind::tag)).toList();

    private final MeterRegistry registry;

    CrawlMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Registers a seed portal's meters; the crawler calls it once per seed portal, before the first pass. Besides the
     * gauge of consecutive passes the portal was down ({@code passes}), every counter is registered at zero for every
     * outcome, and the byte summary and latency timer empty.
     */
    void portalDownPasses(String portal, Supplier<Number> passes) {
        OUTCOMES.forEach(outcome -> pageCounter(portal, outcome));
        bytesSummary(portal);
        latencyTimer(portal);
        robotsCounter(portal);
        Gauge.builder("govwatch.crawler.portal.down.passes", passes).description("consecutive passes the portal was unreachable")
                .tag("portal", portal).strongReference(true).register(registry);
    }

    void page(String portal, String outcome) {
        pageCounter(portal, outcome).increment();
    }

    void bytes(String portal, int bytes) {
        bytesSummary(portal).record(bytes);
    }

    void latency(String portal, Duration d) {
        latencyTimer(portal).record(d);
    }

    void robotsBlocked(String portal) {
        robotsCounter(portal).increment();
    }

    private Counter pageCounter(String portal, String outcome) {
        return Counter.builder("govwatch.crawler.pages").description("pages fetched, by portal and outcome")
                .tags("portal", portal, "outcome", outcome).register(registry);
    }

    private DistributionSummary bytesSummary(String portal) {
        return DistributionSummary.builder("govwatch.crawler.bytes").baseUnit("bytes").description("body bytes received")
                .tag("portal", portal).register(registry);
    }

    private Timer latencyTimer(String portal) {
        return Timer.builder("govwatch.crawler.fetch.latency").description("one fetch, retries included")
                .tag("portal", portal).register(registry);
    }

    private Counter robotsCounter(String portal) {
        return Counter.builder("govwatch.crawler.robots.blocked").description("URLs not fetched because robots.txt disallows them")
                .tag("portal", portal).register(registry);
    }

    /** Registers the queue-depth gauge of a host (Micrometer keeps one per host; re-registering is a no-op). */
    void queueDepth(String host, Supplier<Number> depth) {
        Gauge.builder("govwatch.crawler.queue.depth", depth).description("URLs queued for a host")
                .tag("host", host).strongReference(true).register(registry);
    }
}
