package govwatch.crawler;

import java.time.Clock;
import java.time.Duration;

/**
 * Crawler settings. Every default is stated once, as the initial value of a {@link Builder} field (the one
 * place); {@link #defaults()} is a builder left untouched. Per-portal settings (depth, re-crawl interval,
 * politeness delay, charset) come from the seed file, with their defaults in
 * {@link govwatch.crawler.seed.PortalSeed}. At most one request per host is in flight at any time (one worker
 * per host); that is not configurable.
 *
 * <pre>{@code
 * CrawlerConfig.defaults().toBuilder().timeout(Duration.ofSeconds(2)).build()
 * }</pre>
 *
 * @param userAgent            sent with every request; names the project and where to read about it
 * @param robotsAgent          the product token matched against robots.txt user-agent lines
 * @param maxBodyBytes         bodies are cut here, and text extracted from an attachment at {@code maxBodyBytes / 3}
 *                             characters (either way the page is published with {@code truncated=true})
 * @param timeout              per request, connect plus reading the whole body (jsoup enforces it as a total)
 * @param maxRetries           retries after a connect failure, timeout, 5xx, 429 or 503
 * @param retryBackoff         wait before the first retry; doubled for each further one
 * @param maxRetryAfter        a longer Retry-After than this gives the page up for this pass instead of waiting
 * @param maxRedirects         redirect hops followed (each re-checked against the portal's allow list)
 * @param articleRecrawlFactor article pages and attachments are re-checked every re-crawl interval × this;
 *                             start and list pages every re-crawl interval
 * @param maxParallelHosts     hosts crawled at the same time (threads)
 * @param hostFailureLimit     after this many consecutive failed pages, a host's remaining queue is dropped
 *                             for this pass (a down portal must not take retries × timeout per page)
 * @param maxCrawlDelay        robots.txt crawl-delay is honoured up to this; a host asking for more is treated as
 *                             disallowing everything (crawler-commons' rule: such values are usually mistakes)
 * @param robotsTtl            how long a host's robots.txt is cached
 * @param publishBatch         pages published between two sink flushes (their state is committed after each)
 * @param clock                time source for due times and fetch timestamps (tests move it)
 */
public record CrawlerConfig(String userAgent, String robotsAgent, int maxBodyBytes, Duration timeout, int maxRetries,
                            Duration retryBackoff, Duration maxRetryAfter, int maxRedirects, int articleRecrawlFactor,
                            int maxParallelHosts, int hostFailureLimit, Duration maxCrawlDelay, Duration robotsTtl,
                            int publishBatch, Clock clock) {

    /** The documented defaults (see {@link Builder}). */
    public static CrawlerConfig defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder()
                .userAgent(userAgent).robotsAgent(robotsAgent).maxBodyBytes(maxBodyBytes).timeout(timeout)
                .maxRetries(maxRetries).retryBackoff(retryBackoff).maxRetryAfter(maxRetryAfter).maxRedirects(maxRedirects)
                .articleRecrawlFactor(articleRecrawlFactor).maxParallelHosts(maxParallelHosts)
                .hostFailureLimit(hostFailureLimit).maxCrawlDelay(maxCrawlDelay).robotsTtl(robotsTtl)
                .publishBatch(publishBatch).clock(clock);
    }

    /**
     * Mutable, not thread-safe. Each field starts at its default; what each setting means is documented on
     * {@link CrawlerConfig}.
     */
    public static final class Builder {
        private String userAgent = "govwatch/0.1 (+https://github.com/govwatch/govwatch)";
        private String robotsAgent = "govwatch";
        private int maxBodyBytes = 5 * 1024 * 1024;
        private Duration timeout = Duration.ofSeconds(30);
        private int maxRetries = 2;
        private Duration retryBackoff = Duration.ofSeconds(2);
        private Duration maxRetryAfter = Duration.ofSeconds(120);
        private int maxRedirects = 5;
        private int articleRecrawlFactor = 24;
        private int maxParallelHosts = 8;
        private int hostFailureLimit = 3;
        private Duration maxCrawlDelay = Duration.ofSeconds(120);
        private Duration robotsTtl = Duration.ofHours(24);
        private int publishBatch = 100;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        public Builder userAgent(String v) {
            userAgent = v;
            return this;
        }

        public Builder robotsAgent(String v) {
            robotsAgent = v;
            return this;
        }

        public Builder maxBodyBytes(int v) {
            maxBodyBytes = v;
            return this;
        }

        public Builder timeout(Duration v) {
            timeout = v;
            return this;
        }

        public Builder maxRetries(int v) {
            maxRetries = v;
            return this;
        }

        public Builder retryBackoff(Duration v) {
            retryBackoff = v;
            return this;
        }

        public Builder maxRetryAfter(Duration v) {
            maxRetryAfter = v;
            return this;
        }

        public Builder maxRedirects(int v) {
            maxRedirects = v;
            return this;
        }

        public Builder articleRecrawlFactor(int v) {
            articleRecrawlFactor = v;
            return this;
        }

        public Builder maxParallelHosts(int v) {
            maxParallelHosts = v;
            return this;
        }

        public Builder hostFailureLimit(int v) {
            hostFailureLimit = v;
            return this;
        }

        public Builder maxCrawlDelay(Duration v) {
            maxCrawlDelay = v;
            return this;
        }

        public Builder robotsTtl(Duration v) {
            robotsTtl = v;
            return this;
        }

        public Builder publishBatch(int v) {
            publishBatch = v;
            return this;
        }

        public Builder clock(Clock v) {
            clock = v;
            return this;
        }

        public CrawlerConfig build() {
            return new CrawlerConfig(userAgent, robotsAgent, maxBodyBytes, timeout, maxRetries, retryBackoff,
                    maxRetryAfter, maxRedirects, articleRecrawlFactor, maxParallelHosts, hostFailureLimit, maxCrawlDelay,
                    robotsTtl, publishBatch, clock);
        }
    }
}
