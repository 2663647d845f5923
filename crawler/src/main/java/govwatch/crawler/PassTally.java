package govwatch.crawler;

import govwatch.crawler.seed.PortalSeed;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The counters of one pass, each portal's last error and the URLs that failed: what its {@link CrawlSummary} reports. Thread-safe. */
final class PassTally {
    final AtomicInteger fetched = new AtomicInteger();
    final AtomicInteger published = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger notModified = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final Map<String, String> portalErrors = new ConcurrentHashMap<>();
    private final Set<String> failedUrls = ConcurrentHashMap.newKeySet();

    /** A page failed: counted, its portal's last error, and (when it is a URL) tried late next pass. */
    void error(String portalId, String url, String message) {
        errors.incrementAndGet();
        portalErrors.put(portalId, message);
        if (url != null) {
            failedUrls.add(url);
        }
    }

    /** The portal's last error, without counting a failed page (robots.txt disallowing a start page). */
    void note(String portalId, String message) {
        portalErrors.put(portalId, message);
    }

    Set<String> failedUrls() {
        return Set.copyOf(failedUrls);
    }

    CrawlSummary summary(PassBudgets budgets, Map<String, PortalSeed> portals) {
        return new CrawlSummary(fetched.get(), published.get(), unchanged.get(), notModified.get(), errors.get(),
                portalErrors, budgets.hits(portals));
    }
}
