package govwatch.crawler;

import govwatch.crawler.fetch.FetchFailure;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consecutive failures per host in one pass: after {@link CrawlerConfig#hostFailureLimit()} of them (unreachable,
 * timeouts, 5xx, 429, WAF challenges) the host is given up for the pass. Thread-safe.
 */
final class HostStreaks {
    private static final Logger log = LoggerFactory.getLogger(HostStreaks.class);
    private static final Set<FetchFailure.Kind> HOST_FAILURES = Set.of(FetchFailure.Kind.CONNECT,
            FetchFailure.Kind.TIMEOUT, FetchFailure.Kind.HTTP_5XX, FetchFailure.Kind.RATE_LIMITED, FetchFailure.Kind.WAF_CHALLENGE);

    private final int limit;
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    HostStreaks(int limit) {
        this.limit = limit;
    }

    boolean givenUp(String host) {
        AtomicInteger n = failures.get(host);
        return n != null && n.get() >= limit;
    }

    /** A page of the host was handled without failure: its streak ends. */
    void ok(String host) {
        failures.computeIfAbsent(host, h -> new AtomicInteger()).set(0);
    }

    /** A page of the host failed; only failures of the host itself (not of the page) extend its streak. */
    void failed(String host, FetchFailure.Kind kind) {
        if (HOST_FAILURES.contains(kind) && failures.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet() == limit) {
            log.warn("{}: {} consecutive failures, giving up the host for this pass", host, limit);
        }
    }
}
