package govwatch.crawler;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import govwatch.crawler.discovery.UrlCanon;
import govwatch.crawler.fetch.FetchFailure;
import govwatch.crawler.fetch.HopGuard;
import govwatch.crawler.fetch.HttpFetcher;
import govwatch.crawler.fetch.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt per host (RFC 9309 via crawler-commons), cached for {@link CrawlerConfig#robotsTtl()}.
 * A missing robots.txt (4xx) allows everything; a 5xx disallows everything for now (RFC 9309 §2.3.1.4);
 * a host that cannot be reached throws, so the page fails as unreachable rather than "blocked".
 * Called only from the host's own worker, so one host's robots.txt is never fetched twice at once.
 */
final class RobotsCache {
    private static final Logger log = LoggerFactory.getLogger(RobotsCache.class);

    private record Entry(BaseRobotRules rules, Instant fetched) {
    }

    private final CrawlerConfig config;
    private final HttpFetcher fetcher;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    RobotsCache(CrawlerConfig config, HttpFetcher fetcher) {
        this.config = config;
        this.fetcher = fetcher;
        parser.setMaxCrawlDelay(config.maxCrawlDelay().toMillis());
    }

    /**
     * The rules for the host of {@code url}; fetched if not cached or expired.
     *
     * @param guard checks every redirect hop of the robots.txt request (a refused hop fails the request)
     */
    BaseRobotRules rules(String url, HopGuard guard) throws FetchFailure {
        String host = UrlCanon.hostKey(url);
        Instant now = config.clock().instant();
        Entry e = cache.get(host);
        if (e == null || e.fetched.plus(config.robotsTtl()).isBefore(now)) {
            e = new Entry(fetch(host, guard), now);
            cache.put(host, e);
        }
        return e.rules;
    }


    /** Whether the rules of the host of {@code url} are cached and not expired (no request needed). */
    boolean fresh(String url) {
        Entry e = cache.get(UrlCanon.hostKey(url));
        return e != null && !e.fetched.plus(config.robotsTtl()).isBefore(config.clock().instant());
    }

    /** The robots crawl-delay of a host's rules; zero when unset (the parser disallows all above the cap). */
    static Duration crawlDelay(BaseRobotRules rules) {
        long ms = rules.getCrawlDelay();
        return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= 0 ? Duration.ZERO : Duration.ofMillis(ms);
    }

    private BaseRobotRules fetch(String host, HopGuard guard) throws FetchFailure {
        String robotsUrl = host + "/robots.txt";
        // robots.txt may redirect to other hosts (RFC 9309 §2.3.1.2); it is only read, never published, but
        // every hop still passes the address guard, so it cannot be turned against a private network.
        HttpResponse r = fetcher.fetch(robotsUrl, null, null, u -> true, guard);
        if (r.status() == 200) {
            BaseRobotRules rules = parse(robotsUrl, r);
            log.debug("{}: robots.txt read, crawl-delay {} ms, {} sitemaps", host, rules.getCrawlDelay(), rules.getSitemaps().size());
            return rules;
        }
        return parser.failedFetch(r.status());
    }

    /** The parser keeps a warnings counter: one host worker at a time. */
    private synchronized BaseRobotRules parse(String robotsUrl, HttpResponse r) {
        return parser.parseContent(robotsUrl, r.body(), r.contentType() == null ? "text/plain" : r.contentType(),
                List.of(config.robotsAgent()));
    }
}
