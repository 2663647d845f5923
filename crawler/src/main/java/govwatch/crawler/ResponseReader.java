package govwatch.crawler;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import govwatch.crawler.discovery.LinkExtractor;
import govwatch.crawler.discovery.ListDates;
import govwatch.crawler.discovery.Scope;
import govwatch.crawler.discovery.UrlCanon;
import govwatch.crawler.document.DocumentDecoder;
import govwatch.crawler.fetch.FetchFailure;
import govwatch.crawler.fetch.HttpResponse;
import govwatch.crawler.fetch.WafDetector;
import govwatch.crawler.seed.PortalSeed;
import govwatch.events.PageEvent;
import java.io.IOException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads a final response into an {@link Outcome}, changing nothing: 304 → not modified; same content hash →
 * unchanged; a body that is not text → remembered; otherwise a page to publish (decoded by the
 * {@link DocumentDecoder}); a WAF challenge, an HTTP error or an unreadable body → failed. The in-scope links
 * (at most the portal's links-per-page budget) and sitemaps found are part of the outcome, and so are the dates a
 * list page shows beside its links and a sitemap's {@code <lastmod>}s (see {@link ChangeSignals}).
 */
final class ResponseReader {
    private final CrawlerConfig config;
    private final DocumentDecoder decoder;

    ResponseReader(CrawlerConfig config, DocumentDecoder decoder) {
        this.config = config;
        this.decoder = decoder;
    }

    Outcome read(Task task, HttpResponse r, PageMemory old, Instant now) {
        PortalSeed portal = task.scope().portal();
        Instant due = now.plus(task.kind() == Task.Kind.SITEMAP || task.scope().isListPage(task.url())
                ? portal.recrawlInterval()
                : portal.articleRecheck() != null ? portal.articleRecheck()
                : portal.recrawlInterval().multipliedBy(config.articleRecrawlFactor()));
        if (r.status() == 304 && old != null) {
            return new Outcome.NotModified(new PageMemory(old.etag(), old.lastModified(), old.contentHash(), now, due,
                    old.links()), Outcome.Found.links(old.links()));
        }
        if (r.status() < 200 || r.status() >= 300) {
            if (WafDetector.isChallenge(r.status(), r.body(), r.headerCharset())) {
                // A 403/412 challenge is a block of the host, not a missing page: not remembered, retried next pass.
                return new Outcome.Failed(new FetchFailure(FetchFailure.Kind.WAF_CHALLENGE,
                        "WAF challenge page (HTTP " + r.status() + ") instead of content"));
            }
            // Remembered with its due time, so a gone page is not requested again every pass; the old hash
            // is kept so that the same content coming back is not published twice. Gone often enough, forgotten.
            return new Outcome.Failed(new FetchFailure(FetchFailure.Kind.HTTP_4XX, "HTTP " + r.status()),
                    PageMemory.afterError(old, r.status(), now, due));
        }
        String hash = sha256(r.body());
        try {
            if (task.kind() == Task.Kind.SITEMAP) {
                Outcome.Found found = sitemap(task, r);
                return new Outcome.Remember(new PageMemory(r.etag(), r.lastModified(), hash, now, due, found.links()), found, "ok");
            }
            return page(task, r, old, hash, now, due);
        } catch (FetchFailure f) {
            return new Outcome.Failed(f);
        }
    }

    private Outcome page(Task task, HttpResponse r, PageMemory old, String hash, Instant now, Instant due) throws FetchFailure {
        boolean unchanged = old != null && hash.equals(old.contentHash());
        DocumentDecoder.Route route = DocumentDecoder.route(r.contentType(), task.url());
        if (unchanged && route == DocumentDecoder.Route.DOCUMENT) {
            // Same bytes as before: no need to extract again.
            return new Outcome.Unchanged(new PageMemory(r.etag(), r.lastModified(), hash, now, due, List.of()), Outcome.Found.NONE);
        }
        DocumentDecoder.Decoded decoded = decoder.decode(r.body(), task.url(), r.contentType(), r.headerCharset(),
                task.scope().portal().charsetOverride(), r.truncated());
        if (decoded instanceof DocumentDecoder.Skipped) {
            return new Outcome.Remember(new PageMemory(r.etag(), r.lastModified(), hash, now, due, List.of()), Outcome.Found.NONE, "skipped_type");
        }
        DocumentDecoder.Text text = (DocumentDecoder.Text) decoded;
        Outcome.Found found = Outcome.Found.NONE;
        if (text.route() == DocumentDecoder.Route.HTML) {
            if (WafDetector.isChallenge(r.status(), text.text())) {
                throw new FetchFailure(FetchFailure.Kind.WAF_CHALLENGE, "WAF challenge page instead of content");
            }
            found = budgeted(task, inScope(task.scope(), LinkExtractor.links(text.text(), r.finalUrl()), UrlCanon.host(task.url())), List.of());
            if (task.scope().isListPage(task.url())) {
                found = found.withChanged(ListDates.dates(text.text(), r.finalUrl()));
            }
        }
        PageMemory memory = new PageMemory(r.etag(), r.lastModified(), hash, now, due, found.links());
        if (unchanged) {
            return new Outcome.Unchanged(memory, found);
        }
        PageEvent page = new PageEvent(task.url(), r.finalUrl(), task.portalId(), now, r.status(), text.contentType(),
                text.charset() == null ? null : text.charset().name(), r.etag(), r.lastModified(), hash, text.text(),
                text.truncated(), task.kind() == Task.Kind.ATTACHMENT ? task.parent() : null,
                task.scope().portal().countyCode());
        return new Outcome.Publish(page, memory, found);
    }

    /** The first links up to the portal's links-per-page budget; the rest are counted as dropped. */
    private static Outcome.Found budgeted(Task task, List<String> links, List<String> sitemaps) {
        int max = task.scope().portal().budgets().maxLinksPerPage();
        return links.size() <= max ? new Outcome.Found(links, sitemaps, 0)
                : new Outcome.Found(links.subList(0, max), sitemaps, links.size() - max);
    }

    private static List<String> inScope(Scope scope, List<String> links, String fromHost) {
        return links.stream().filter(l -> scope.classify(l, fromHost) != Scope.Kind.OUT).toList();
    }

    /** Page URLs of a sitemap (to classify like links) and the nested sitemaps of an index (same host only). */
    private static Outcome.Found sitemap(Task task, HttpResponse r) throws FetchFailure {
        try {
            AbstractSiteMap map = new SiteMapParser(false).parseSiteMap(r.contentType(), r.body(), new URL(r.finalUrl()));
            List<String> pages = new ArrayList<>();
            List<String> nested = new ArrayList<>();
            Map<String, Instant> lastmods = new HashMap<>();
            if (map instanceof SiteMapIndex index) {
                for (AbstractSiteMap child : index.getSitemaps()) {
                    String url = UrlCanon.canonical(child.getUrl().toString());
                    if (url != null && UrlCanon.host(url).equals(UrlCanon.host(task.url()))) {
                        nested.add(url);
                    }
                }
            } else if (map instanceof SiteMap sitemap) {
                for (SiteMapURL u : sitemap.getSiteMapUrls()) {
                    String url = UrlCanon.canonical(u.getUrl().toString());
                    if (url != null) {
                        pages.add(url);
                        if (u.getLastModified() != null) {
                            lastmods.put(url, u.getLastModified().toInstant());
                        }
                    }
                }
            }
            return budgeted(task, inScope(task.scope(), pages, UrlCanon.host(task.url())), nested)
                    .withChanged(ChangeSignals.sitemapDates(lastmods));
        } catch (IOException | UnknownFormatException e) {
            throw new FetchFailure(FetchFailure.Kind.EXTRACT, "unreadable sitemap: " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
