package govwatch.crawler;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one {@link Crawler#crawlOnce()} pass did.
 *
 * @param fetched      requests for pages, attachments and sitemaps that got an HTTP response (robots.txt excluded)
 * @param published    pages handed to the sink (new or changed content), less those it refused
 * @param unchanged    200 responses whose content hash equals the remembered one (nothing published)
 * @param notModified  304 responses to a conditional GET (nothing published)
 * @param errors       pages that failed (unreachable, timeout, 5xx after retries, WAF challenge, refused redirect,
 *                     refused by the sink, ...)
 * @param portalErrors portal id → the last error of that portal in this pass
 * @param budgets      portal id → the budgets it hit in this pass (pages per pass, pass time, links per page), in
 *                     words; portals that hit none are absent
 */
public record CrawlSummary(int fetched, int published, int unchanged, int notModified, int errors,
                           Map<String, String> portalErrors, Map<String, String> budgets) {
    public CrawlSummary {
        portalErrors = Map.copyOf(portalErrors);
        budgets = Map.copyOf(budgets);
    }

    /** A summary with no budget hit. */
    public CrawlSummary(int fetched, int published, int unchanged, int notModified, int errors,
                        Map<String, String> portalErrors) {
        this(fetched, published, unchanged, notModified, errors, portalErrors, Map.of());
    }

    /**
     * Portal id → what to report on the portal-events topic: its last error and the budgets it hit, for every
     * portal that had either.
     */
    public Map<String, String> portalEvents() {
        Map<String, String> out = new TreeMap<>(portalErrors);
        budgets.forEach((portal, hit) -> out.merge(portal, hit, (error, b) -> error + "; " + b));
        return out;
    }
}
