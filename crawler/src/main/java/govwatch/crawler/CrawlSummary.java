package govwatch.crawler;

import java.util.Map;

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
 */
public record CrawlSummary(int fetched, int published, int unchanged, int notModified, int errors,
                           Map<String, String> portalErrors) {
    public CrawlSummary {
        portalErrors = Map.copyOf(portalErrors);
    }
}
