package govwatch.crawler;

import java.time.Clock;
import java.time.Duration;

/**
 * Crawler settings. Every default lives in {@link #defaults()} (the one place); per-portal settings
 * (depth, re-crawl interval, politeness delay, charset) come from the seed file, with their defaults in
 * {@link govwatch.crawler.seed.PortalSeed}. At most one request per host is in flight at any time
 * (one worker per host); that is not configurable.
 *
 * @param userAgent            sent with every request; names the project and where to read about it
 * @param robotsAgent          the product token matched against robots.txt user-agent lines
 * @param maxBodyBytes         bodies are cut here (the page is published with {@code truncated=true})
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

    /** The documented defaults. */
    public static CrawlerConfig defaults() {
        return new CrawlerConfig(
                "govwatch/0.1 (+https://github.com/govwatch/govwatch)",
                "govwatch",
                5 * 1024 * 1024,
                Duration.ofSeconds(30),
                2,
                Duration.ofSeconds(2),
                Duration.ofSeconds(120),
                5,
                24,
                8,
                3,
                Duration.ofSeconds(120),
                Duration.ofHours(24),
                100,
                Clock.systemUTC());
    }

    public CrawlerConfig withUserAgent(String v) {
        return new CrawlerConfig(v, robotsAgent, maxBodyBytes, timeout, maxRetries, retryBackoff, maxRetryAfter,
                maxRedirects, articleRecrawlFactor, maxParallelHosts, hostFailureLimit, maxCrawlDelay, robotsTtl, publishBatch, clock);
    }

    public CrawlerConfig withMaxBodyBytes(int v) {
        return new CrawlerConfig(userAgent, robotsAgent, v, timeout, maxRetries, retryBackoff, maxRetryAfter,
                maxRedirects, articleRecrawlFactor, maxParallelHosts, hostFailureLimit, maxCrawlDelay, robotsTtl, publishBatch, clock);
    }

    public CrawlerConfig withTimeout(Duration v) {
        return new CrawlerConfig(userAgent, robotsAgent, maxBodyBytes, v, maxRetries, retryBackoff, maxRetryAfter,
                maxRedirects, articleRecrawlFactor, maxParallelHosts, hostFailureLimit, maxCrawlDelay, robotsTtl, publishBatch, clock);
    }

    /** Retries and the first backoff (doubled for each further retry). */
    public CrawlerConfig withRetries(int retries, Duration backoff) {
        return new CrawlerConfig(userAgent, robotsAgent, maxBodyBytes, timeout, retries, backoff, maxRetryAfter,
                maxRedirects, articleRecrawlFactor, maxParallelHosts, hostFailureLimit, maxCrawlDelay, robotsTtl, publishBatch, clock);
    }

    public CrawlerConfig withMaxRetryAfter(Duration v) {
        return new CrawlerConfig(userAgent, robotsAgent, maxBodyBytes, timeout, maxRetries, retryBackoff, v,
                maxRedirects, articleRecrawlFactor, maxParallelHosts, hostFailureLimit, maxCrawlDelay, robotsTtl, publishBatch, clock);
    }

    public CrawlerConfig withArticleRecrawlFactor(int v) {
        return new CrawlerConfig(userAgent, robotsAgent, maxBodyBytes, timeout, maxRetries, retryBackoff, maxRetryAfter,
                maxRedirects, v, maxParallelHosts, hostFailureLimit, maxCrawlDelay, robotsTtl, publishBatch, clock);
    }

    public CrawlerConfig withMaxParallelHosts(int v) {
        return new CrawlerConfig(userAgent, robotsAgent, maxBodyBytes, timeout, maxRetries, retryBackoff, maxRetryAfter,
                maxRedirects, articleRecrawlFactor, v, hostFailureLimit, maxCrawlDelay, robotsTtl, publishBatch, clock);
    }

    public CrawlerConfig withHostFailureLimit(int v) {
        return new CrawlerConfig(userAgent, robotsAgent, maxBodyBytes, timeout, maxRetries, retryBackoff, maxRetryAfter,
                maxRedirects, articleRecrawlFactor, maxParallelHosts, v, maxCrawlDelay, robotsTtl, publishBatch, clock);
    }

    public CrawlerConfig withMaxCrawlDelay(Duration v) {
        return new CrawlerConfig(userAgent, robotsAgent, maxBodyBytes, timeout, maxRetries, retryBackoff, maxRetryAfter,
                maxRedirects, articleRecrawlFactor, maxParallelHosts, hostFailureLimit, v, robotsTtl, publishBatch, clock);
    }

    public CrawlerConfig withPublishBatch(int v) {
        return new CrawlerConfig(userAgent, robotsAgent, maxBodyBytes, timeout, maxRetries, retryBackoff, maxRetryAfter,
                maxRedirects, articleRecrawlFactor, maxParallelHosts, hostFailureLimit, maxCrawlDelay, robotsTtl, v, clock);
    }

    public CrawlerConfig withClock(Clock v) {
        return new CrawlerConfig(userAgent, robotsAgent, maxBodyBytes, timeout, maxRetries, retryBackoff, maxRetryAfter,
                maxRedirects, articleRecrawlFactor, maxParallelHosts, hostFailureLimit, maxCrawlDelay, robotsTtl, publishBatch, v);
    }
}
