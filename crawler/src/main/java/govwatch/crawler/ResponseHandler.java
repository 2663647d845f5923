package govwatch.crawler;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import govwatch.crawler.discovery.LinkExtractor;
import govwatch.crawler.discovery.Scope;
import govwatch.crawler.discovery.UrlCanon;
import govwatch.crawler.fetch.CharsetSniffer;
import govwatch.crawler.fetch.FetchFailure;
import govwatch.crawler.fetch.HttpResponse;
import govwatch.crawler.fetch.WafDetector;
import govwatch.events.PageEvent;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Turns a final response into the pass's outcome: 304 → not modified; same content hash → unchanged;
 * otherwise a published {@link PageEvent} (HTML/text decoded to Unicode, attachments as extracted text).
 * A WAF challenge or an HTTP error is thrown as a {@link FetchFailure}. The in-scope links found are
 * remembered and queued in every case.
 */
final class ResponseHandler {
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> TEXT = Set.of("text/plain", "text/xml", "application/xml");
    private static final Set<String> DOCUMENTS = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-works",
            "application/kswps", "application/wps-office.doc", "application/wps-office.docx", "application/wps-office.wps");

    private final CrawlerConfig config;
    private final CrawlMetrics metrics;
    private final AttachmentText attachments;

    ResponseHandler(CrawlerConfig config, CrawlMetrics metrics, AttachmentText attachments) {
        this.config = config;
        this.metrics = metrics;
        this.attachments = attachments;
    }

    void handle(Task task, HttpResponse r, PageMemory old, Instant now) throws FetchFailure {
        CrawlPass pass = task.pass();
        String portal = task.portalId();
        Instant due = now.plus(task.kind() == Task.Kind.SITEMAP || task.scope().isListPage(task.url())
                ? task.scope().portal().recrawlInterval()
                : task.scope().portal().recrawlInterval().multipliedBy(config.articleRecrawlFactor()));
        if (r.status() == 304 && old != null) {
            metrics.page(portal, "not_modified");
            pass.notModified(task, new PageMemory(old.etag(), old.lastModified(), old.contentHash(), now, due, old.links()));
            pass.expand(task, old.links());
            return;
        }
        if (r.status() < 200 || r.status() >= 300) {
            if (WafDetector.isChallenge(r.status(), r.body(), r.headerCharset())) {
                // A 403/412 challenge is a block of the host, not a missing page: not remembered, retried next pass.
                throw new FetchFailure(FetchFailure.Kind.WAF_CHALLENGE, "WAF challenge page (HTTP " + r.status() + ") instead of content");
            }
            // Remembered with its due time, so a gone page is not requested again every pass; the old hash
            // is kept so that the same content coming back is not published twice.
            pass.remember(task, new PageMemory(null, null, old == null ? null : old.contentHash(), now, due, List.of()));
            throw new FetchFailure(FetchFailure.Kind.HTTP_4XX, "HTTP " + r.status());
        }
        metrics.bytes(portal, r.body().length);
        String hash = sha256(r.body());
        if (task.kind() == Task.Kind.SITEMAP) {
            List<String> links = sitemapLinks(task, r);
            metrics.page(portal, "ok");
            pass.remember(task, new PageMemory(r.etag(), r.lastModified(), hash, now, due, links));
            pass.expand(task, links);
            return;
        }
        boolean unchanged = old != null && hash.equals(old.contentHash());
        String type = r.contentType() == null ? "text/html" : r.contentType();
        Charset charset = null;
        String body;
        boolean truncated = r.truncated();
        List<String> links = List.of();
        if (HTML.contains(type) || TEXT.contains(type)) {
            charset = CharsetSniffer.decide(r.body(), r.headerCharset(), task.scope().portal().charsetOverride());
            body = CharsetSniffer.decode(r.body(), charset, r.truncated());
            if (HTML.contains(type)) {
                if (WafDetector.isChallenge(r.status(), body)) {
                    throw new FetchFailure(FetchFailure.Kind.WAF_CHALLENGE, "WAF challenge page instead of content");
                }
                links = inScope(task.scope(), LinkExtractor.links(body, r.finalUrl()), UrlCanon.host(task.url()));
            }
        } else if (task.kind() == Task.Kind.ATTACHMENT || DOCUMENTS.contains(type)) {
            if (unchanged) {
                body = null; // same bytes as before: no need to extract again
            } else {
                AttachmentText.Extracted e = attachments.extract(r.body(), task.url(), type);
                type = e.contentType();
                body = e.text();
                truncated |= e.truncated();
            }
        } else {
            metrics.page(portal, "skipped_type");
            pass.remember(task, new PageMemory(r.etag(), r.lastModified(), hash, now, due, List.of()));
            return;
        }
        PageMemory memory = new PageMemory(r.etag(), r.lastModified(), hash, now, due, links);
        if (unchanged) {
            metrics.page(portal, "unchanged");
            pass.unchanged(task, memory);
        } else {
            metrics.page(portal, "ok");
            pass.publish(task, new PageEvent(task.url(), r.finalUrl(), portal, now, r.status(), type,
                    charset == null ? null : charset.name(), r.etag(), r.lastModified(), hash, body, truncated,
                    task.kind() == Task.Kind.ATTACHMENT ? task.parent() : null, task.scope().portal().countyCode()),
                    memory);
        }
        pass.expand(task, links);
    }

    private static List<String> inScope(Scope scope, List<String> links, String fromHost) {
        return links.stream().filter(l -> scope.classify(l, fromHost) != Scope.Kind.OUT).toList();
    }

    /** Page URLs of a sitemap (to classify like links); nested sitemaps of an index are queued directly. */
    private static List<String> sitemapLinks(Task task, HttpResponse r) throws FetchFailure {
        try {
            AbstractSiteMap map = new SiteMapParser(false).parseSiteMap(r.contentType(), r.body(), new URL(r.finalUrl()));
            List<String> out = new ArrayList<>();
            if (map instanceof SiteMapIndex index) {
                for (AbstractSiteMap child : index.getSitemaps()) {
                    String url = UrlCanon.canonical(child.getUrl().toString());
                    if (url != null && UrlCanon.host(url).equals(UrlCanon.host(task.url()))) {
                        task.pass().submit(task.scope(), url, task.depth(), null, Task.Kind.SITEMAP);
                    }
                }
            } else if (map instanceof SiteMap sitemap) {
                for (SiteMapURL u : sitemap.getSiteMapUrls()) {
                    String url = UrlCanon.canonical(u.getUrl().toString());
                    if (url != null) {
                        out.add(url);
                    }
                }
            }
            return inScope(task.scope(), out, UrlCanon.host(task.url()));
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
