package govwatch.crawler.seed;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One portal to crawl, as read from a seed file (format: {@code seeds/README.md}).
 *
 * @param id              short stable id (lower-case letters, digits, '-', '_'); the {@code portalId} of its pages
 * @param name            human name of the portal
 * @param startUrls       column/list pages the crawl starts from (re-checked every {@code recrawlInterval})
 * @param allowedPrefixes only URLs starting with one of these are crawled (attachments: same host suffices)
 * @param deny            URLs matching any of these (find) are never crawled
 * @param maxDepth        link hops from a start URL that are still followed
 * @param recrawlInterval how often list pages are re-checked; article pages every interval × the config's factor
 * @param politenessDelay the pause between two requests to one host (robots.txt crawl-delay may raise it)
 * @param charsetOverride the charset to decode every page with, or null to detect it
 * @param serveDir        a local folder the app serves at the start URLs' host:port, or null
 * @param countyCode      the county-level unit the portal publishes for, as a 12-digit statistical code, or null;
 *                        carried on every page so that same-named townships are told apart
 * @param budgets         what one pass may spend on the portal ({@link Budgets#DEFAULTS} when null)
 * @param articleRecheck  how often article pages and attachments are re-checked (with a conditional GET), or null
 *                        for the crawler's default ({@code recrawlInterval} × {@code CrawlerConfig#articleRecrawlFactor})
 */
public record PortalSeed(String id, String name, List<String> startUrls, List<String> allowedPrefixes, List<Pattern> deny,
                         int maxDepth, Duration recrawlInterval, Duration politenessDelay, Charset charsetOverride,
                         Path serveDir, String countyCode, Budgets budgets, Duration articleRecheck) {

    /**
     * What one crawl pass may spend on a portal, so that no portal (a link farm, a page that never ends) can keep a
     * pass from ending. Defaults (documented in seeds/README.md) are here, once.
     *
     * @param maxLinksPerPage links kept from one page or sitemap, in page order (the rest are dropped this pass)
     * @param maxPagesPerPass pages, attachments and sitemaps requested per pass; the rest wait for the next pass
     * @param pageTime        one page's whole fetch: connect, headers, body, redirects, retries and their waits
     * @param passTime        the portal's share of a pass, from its start; queued pages after it wait for the next pass
     */
    public record Budgets(int maxLinksPerPage, int maxPagesPerPass, Duration pageTime, Duration passTime) {
        public static final Budgets DEFAULTS = new Budgets(1000, 2000, Duration.ofSeconds(60), Duration.ofHours(1));

        public Budgets {
            if (maxLinksPerPage < 1 || maxPagesPerPass < 1 || pageTime.isNegative() || pageTime.isZero() || passTime.isNegative() || passTime.isZero()) {
                throw new IllegalArgumentException("budgets must be positive: " + maxLinksPerPage + ", "
                        + maxPagesPerPass + ", " + pageTime + ", " + passTime);
            }
        }
    }

    /** A portal whose articles are re-checked at the crawler's default interval. */
    public PortalSeed(String id, String name, List<String> startUrls, List<String> allowedPrefixes, List<Pattern> deny,
                      int maxDepth, Duration recrawlInterval, Duration politenessDelay, Charset charsetOverride,
                      Path serveDir, String countyCode, Budgets budgets) {
        this(id, name, startUrls, allowedPrefixes, deny, maxDepth, recrawlInterval, politenessDelay, charsetOverride,
                serveDir, countyCode, budgets, null);
    }

    /** A portal with the default {@link Budgets}. */
    public PortalSeed(String id, String name, List<String> startUrls, List<String> allowedPrefixes, List<Pattern> deny,
                      int maxDepth, Duration recrawlInterval, Duration politenessDelay, Charset charsetOverride,
                      Path serveDir, String countyCode) {
        this(id, name, startUrls, allowedPrefixes, deny, maxDepth, recrawlInterval, politenessDelay, charsetOverride,
                serveDir, countyCode, Budgets.DEFAULTS);
    }

    /** Seed defaults; documented in seeds/README.md. */
    public static final int DEFAULT_MAX_DEPTH = 3;
    public static final Duration DEFAULT_RECRAWL = Duration.ofHours(1);
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);

    public PortalSeed {
        startUrls = List.copyOf(startUrls);
        allowedPrefixes = List.copyOf(allowedPrefixes);
        deny = List.copyOf(deny);
        budgets = budgets == null ? Budgets.DEFAULTS : budgets;
    }

    /** This portal with other budgets. */
    public PortalSeed withBudgets(Budgets b) {
        return new PortalSeed(id, name, startUrls, allowedPrefixes, deny, maxDepth, recrawlInterval, politenessDelay,
                charsetOverride, serveDir, countyCode, b, articleRecheck);
    }

    /** A portal that declares no county. */
    public PortalSeed(String id, String name, List<String> startUrls, List<String> allowedPrefixes, List<Pattern> deny,
                      int maxDepth, Duration recrawlInterval, Duration politenessDelay, Charset charsetOverride,
                      Path serveDir) {
        this(id, name, startUrls, allowedPrefixes, deny, maxDepth, recrawlInterval, politenessDelay, charsetOverride,
                serveDir, null, Budgets.DEFAULTS);
    }

    /** Whether {@code url} is inside one of the allowed prefixes and matches no deny pattern. */
    public boolean allows(String url) {
        return allowedPrefixes.stream().anyMatch(url::startsWith) && !denies(url);
    }

    /** Whether {@code url} matches a deny pattern. */
    public boolean denies(String url) {
        return deny.stream().anyMatch(p -> p.matcher(url).find());
    }
}
