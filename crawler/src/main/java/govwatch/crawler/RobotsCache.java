package govwatch.crawler;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import govwatch.crawler.discovery.UrlCanon;
import govwatch.crawler.fetch.FetchFailure;
import govwatch.crawler.fetch.HopGuard;
import govwatch.crawler.fetch.HttpFetcher;
import govwatch.crawler.fetch.HttpResponse;
import govwatch.crawler.fetch.LogText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt per host by RFC 9309 (parsed by crawler-commons), cached for {@link CrawlerConfig#robotsTtl()}:
 * <ul>
 *   <li>2xx: the rules it states (control characters blanked first, so no junk line reaches a log);</li>
 *   <li>4xx (and more than the allowed redirects): unavailable, everything allowed (§2.3.1.3);</li>
 *   <li>5xx and 429: unreachable, everything disallowed (§2.3.1.4) for this pass; asked again next pass;</li>
 *   <li>no answer (refused, timed out, unknown host, a refused redirect hop): likewise disallowed for this pass.</li>
 * </ul>
 * A crawl-delay is honoured up to {@link CrawlerConfig#maxCrawlDelay()} and capped there. Called only from the
 * host's own worker, so one host's robots.txt is never fetched twice at once.
 */
final class RobotsCache {
    private static final Logger log = LoggerFactory.getLogger(RobotsCache.class);

    /** @param reason why everything is disallowed for now (an unreachable robots.txt), or null for real rules */
    private record Entry(BaseRobotRules rules, Instant fetched, String reason) {
    }

    private final CrawlerConfig config;
    private final HttpFetcher fetcher;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    RobotsCache(CrawlerConfig config, HttpFetcher fetcher) {
        this.config = config;
        this.fetcher = fetcher;
        parser.setMaxCrawlDelay(Long.MAX_VALUE); // capped by crawlDelay(...) instead of disallowing the host
    }

    /** Forgets the answers of unreachable robots.txt files, so that the next pass asks again. */
    void newPass() {
        cache.values().removeIf(e -> e.reason != null);
    }

    /** The rules for the host of {@code url}; fetched if not cached or expired. Never throws: see the class comment. */
    BaseRobotRules rules(String url, HopGuard guard, long deadline) {
        String host = UrlCanon.hostKey(url);
        Instant now = config.clock().instant();
        Entry e = cache.get(host);
        if (e == null || e.fetched.plus(config.robotsTtl()).isBefore(now)) {
            e = fetch(host, guard, deadline, now);
            cache.put(host, e);
        }
        return e.rules;
    }

    /** Whether the rules of the host of {@code url} are cached and not expired (no request needed). */
    boolean fresh(String url) {
        Entry e = cache.get(UrlCanon.hostKey(url));
        return e != null && !e.fetched.plus(config.robotsTtl()).isBefore(config.clock().instant());
    }

    /** Why the host of {@code url} disallows everything for now, when its robots.txt was unreachable; else null. */
    String blockReason(String url) {
        Entry e = cache.get(UrlCanon.hostKey(url));
        return e == null ? null : e.reason;
    }

    /** The sitemaps of the cached rules of {@code url}'s host (none when not cached). */
    List<String> cachedSitemaps(String url) {
        Entry e = cache.get(UrlCanon.hostKey(url));
        return e == null ? List.of() : e.rules.getSitemaps();
    }

    /** The robots crawl-delay of a host's rules, at most {@code cap}; zero when unset. */
    static Duration crawlDelay(BaseRobotRules rules, Duration cap) {
        long ms = rules.getCrawlDelay();
        if (ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= 0) {
            return Duration.ZERO;
        }
        return ms > cap.toMillis() ? cap : Duration.ofMillis(ms);
    }

    private Entry fetch(String host, HopGuard guard, long deadline, Instant now) {
        String robotsUrl = host + "/robots.txt";
        HttpResponse r;
        try {
            // robots.txt may redirect to other hosts (RFC 9309 §2.3.1.2); it is only read, never published, but
            // every hop still passes the address guard, so it cannot be turned against a private network.
            r = fetcher.fetch(robotsUrl, null, null, u -> true, guard, deadline);
        } catch (FetchFailure f) {
            if (f.kind() == FetchFailure.Kind.TOO_MANY_REDIRECTS) {
                return new Entry(allowAll(), now, null);
            }
            return unreachable(host, "robots.txt unreachable (" + f.kind().tag() + ": " + f.getMessage() + ")", now);
        }
        if (r.status() >= 200 && r.status() < 300) {
            BaseRobotRules rules = parse(robotsUrl, r);
            if (rules.getCrawlDelay() > config.maxCrawlDelay().toMillis()) {
                log.info("{}: robots.txt asks for a crawl-delay of {} s; capped at {} s", host,
                        rules.getCrawlDelay() / 1000, config.maxCrawlDelay().toSeconds());
            }
            return new Entry(rules, now, null);
        }
        return r.status() == 429 ? unreachable(host, "robots.txt answered HTTP 429", now) : new Entry(allowAll(), now, null);
    }

    private Entry unreachable(String host, String why, Instant now) {
        String reason = why + ": everything disallowed for this pass (RFC 9309), asked again next pass";
        log.warn("{}: {}", host, reason);
        return new Entry(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), now, LogText.safe(reason));
    }

    private static BaseRobotRules allowAll() {
        return new SimpleRobotRules(RobotRulesMode.ALLOW_ALL);
    }

    /** The parser keeps a warnings counter: one host worker at a time. */
    private synchronized BaseRobotRules parse(String robotsUrl, HttpResponse r) {
        byte[] clean = r.body().clone();
        for (int i = 0; i < clean.length; i++) {
            int b = clean[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7f) {
                clean[i] = ' '; // ESC and friends never reach the parser's log lines
            }
        }
        return parser.parseContent(robotsUrl, clean, r.contentType() == null ? "text/plain" : r.contentType(),
                List.of(config.robotsAgent()));
    }
}
