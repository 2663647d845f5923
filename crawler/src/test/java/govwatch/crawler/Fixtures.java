package govwatch.crawler;

import govwatch.crawler.seed.PortalSeed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** Small builders shared by the crawler tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** Test settings: short timeouts and backoff so failures resolve in well under a second. */
    static CrawlerConfig config(TestClock clock) {
        return configBuilder(clock).build();
    }

    /** {@link #config} as a builder, for a test that changes one more setting. */
    static CrawlerConfig.Builder configBuilder(TestClock clock) {
        return CrawlerConfig.builder().clock(clock).timeout(Duration.ofSeconds(2))
                .maxRetries(1).retryBackoff(Duration.ofMillis(50)).maxRetryAfter(Duration.ofSeconds(5));
    }

    static PortalSeed portal(String id, String start, String allow, Duration delay) {
        return portal(id, start, allow, delay, null, List.of());
    }

    static PortalSeed portal(String id, String start, String allow, Duration delay, Charset charset, List<Pattern> deny) {
        return new PortalSeed(id, id + " portal", List.of(start), List.of(allow), deny, PortalSeed.DEFAULT_MAX_DEPTH,
                Duration.ofHours(1), delay, charset, null);
    }

    static PortalSeed withDepth(PortalSeed s, int maxDepth) {
        return new PortalSeed(s.id(), s.name(), s.startUrls(), s.allowedPrefixes(), s.deny(), maxDepth,
                s.recrawlInterval(), s.politenessDelay(), s.charsetOverride(), s.serveDir());
    }

    static Crawler crawler(CrawlerConfig config, List<PortalSeed> seeds, PageSink sink, CrawlState state) {
        return new Crawler(config, seeds, sink, state, new SimpleMeterRegistry());
    }
}
