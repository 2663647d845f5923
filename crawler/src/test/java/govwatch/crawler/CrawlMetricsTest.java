package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.crawler.fetch.FetchFailure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every seed portal's meters exist before its first pass, at zero and with every outcome, so that Prometheus'
 * {@code increase()} sees the first fetched page, failure or robots block, and the robots-blocked and portal-down
 * panels have a series from the start.
 */
class CrawlMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void everySeedPortalsMetersAreRegisteredAtZeroBeforeTheFirstPass() {
        List<String> portals = List.of("county-a", "county-b");
        try (Crawler ignored = new Crawler(Fixtures.config(new TestClock()),
                portals.stream().map(id -> Fixtures.portal(id, "http://127.0.0.1:9/" + id + "/", "http://127.0.0.1:9/",
                        Duration.ZERO)).toList(), new CollectingSink(), new InMemoryCrawlState(), registry)) {
            for (String portal : portals) {
                assertThat(registry.find("govwatch.crawler.pages").tag("portal", portal).counters())
                        .extracting(c -> c.getId().getTag("outcome"))
                        .contains("ok", "not_modified", "unchanged")
                        .containsAll(List.of(FetchFailure.Kind.values()).stream().map(FetchFailure.Kind::tag).toList())
                        .containsExactlyInAnyOrderElementsOf(CrawlMetrics.OUTCOMES);
                assertThat(registry.find("govwatch.crawler.pages").tag("portal", portal).counters())
                        .extracting(Counter::count).containsOnly(0.0);
                assertThat(registry.get("govwatch.crawler.robots.blocked").tag("portal", portal).counter().count()).isZero();
                assertThat(registry.get("govwatch.crawler.portal.down.passes").tag("portal", portal).gauge().value()).isZero();
                assertThat(registry.get("govwatch.crawler.fetch.latency").tag("portal", portal).timer().count()).isZero();
                assertThat(registry.get("govwatch.crawler.bytes").tag("portal", portal).summary().count()).isZero();
            }
        }
    }

    @Test
    void whatAPassCountsIsAmongThePreRegisteredOutcomes() {
        try (TestPortal portal = new TestPortal("portal");
             Crawler crawler = new Crawler(Fixtures.config(new TestClock()),
                     List.of(Fixtures.portal("m", portal.url("/zwgk/zfgzbg/index.html"), portal.url("/zwgk/zfgzbg/"), Duration.ZERO)),
                     new CollectingSink(), new InMemoryCrawlState(), registry)) {
            crawler.crawlOnce();
        }

        assertThat(registry.get("govwatch.crawler.pages").tags("portal", "m", "outcome", "ok").counter().count()).isPositive();
        assertThat(registry.find("govwatch.crawler.robots.blocked").counters()).singleElement()
                .extracting(Counter::count).isEqualTo(1.0);
        assertThat(registry.find("govwatch.crawler.pages").counters()).extracting(c -> c.getId().getTag("outcome"))
                .containsExactlyInAnyOrderElementsOf(CrawlMetrics.OUTCOMES);
    }
}
