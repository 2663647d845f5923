package govwatch.crawler;

import govwatch.crawler.document.AttachmentText;
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
 * @param timeout              the longest wait for a connection or for any single read; the whole page's fetch is
 *                             bounded by the portal's {@code pageTime} budget (a slow drip cannot outlast it)
 * @param maxRetries           retries after a connect failure, timeout, 5xx, 429 or 503
 * @param retryBackoff         wait before the first retry; doubled for each further one
 * @param maxRetryAfter        a longer Retry-After than this gives the page up for this pass instead of waiting
 * @param maxRedirects         redirect hops followed (each re-checked against the portal's allow list)
 * @param articleRecrawlFactor article pages and attachments are re-checked every re-crawl interval × this;
 *                             start and list pages every re-crawl interval
 * @param maxParallelHosts     hosts crawled at the same time (threads)
 * @param hostFailureLimit     after this many consecutive failures of the host itself (refused connections,
 *                             timeouts, a 5xx or 429 storm, WAF challenges; not a page's 404, a refused redirect or a
 *                             long Retry-After), the host's remaining queue is dropped for this pass (a down portal
 *                             must not take retries × timeout per page)
 * @param maxCrawlDelay        robots.txt crawl-delay is honoured up to this; a longer one (some portals ask for a
 *                             day) is capped here, and the portal's pass budgets bound what the pass spends on it
 * @param robotsTtl            how long a host's robots.txt is cached
 * @param publishBatch         pages published between two sink flushes (their state is committed after each)
 * @param attachmentLimits     what extracting one PDF or Word file may cost (expanded size, compression ratio,
 *                             time); its character cap is replaced by {@code maxBodyBytes / 3}
 * @param clock                time source for due times and fetch timestamps (tests move it)
 */
public record CrawlerConfig(String userAgent, String robotsAgent, int maxBodyBytes, Duration timeout, int maxRetries,
                            Duration retryBackoff, Duration maxRetryAfter, int maxRedirects, int articleRecrawlFactor,
                            int maxParallelHosts, int hostFailureLimit, Duration maxCrawlDelay, Duration robotsTtl,
                            int publishBatch, AttachmentText.Limits attachmentLimits, Clock clock) {

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
                .publishBatch(publishBatch).attachmentLimits(attachmentLimits).clock(clock);
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
        private Duration maxCrawlDelay = Duration.ofSeconds(60);
        private Duration robotsTtl = Duration.ofHours(24);
        private int publishBatch = 100;
        private AttachmentText.Limits attachmentLimits = AttachmentText.Limits.DEFAULTS;
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

        public Builder attachmentLimits(AttachmentText.Limits v) {
            attachmentLimits = v;
            return this;
        }

        public Builder clock(Clock v) {
            clock = v;
            return this;
        }

        public CrawlerConfig build() {
            return new CrawlerConfig(userAgent, robotsAgent, maxBodyBytes, timeout, maxRetries, retryBackoff,
                    maxRetryAfter, maxRedirects, articleRecrawlFactor, maxParallelHosts, hostFailureLimit, maxCrawlDelay,
                    robotsTtl, publishBatch, attachmentLimits, clock);
        }
    }
}
