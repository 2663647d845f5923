package govwatch.crawler.discovery;

import govwatch.crawler.seed.PortalSeed;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * What a portal crawls: pages inside its allowed prefixes (and not denied), and attachments
 * (.pdf/.doc/.docx/.wps) inside the prefixes or on the same host as the page that links them.
 * Binary files of other kinds (images, archives, scripts, media) are never fetched.
 */
public final class Scope {
    /** What a link is to the crawl. */
    public enum Kind { PAGE, ATTACHMENT, OUT }

    private static final Pattern ATTACHMENT = Pattern.compile("\\.(pdf|doc|docx|wps)$");
    private static final Pattern SKIPPED = Pattern.compile(
            "\\.(jpe?g|png|gif|bmp|webp|svg|ico|css|js|zip|rar|7z|gz|tar|mp3|mp4|avi|flv|wmv|swf|exe|apk|xls|xlsx|ppt|pptx|et|dps)$");
    /** List pages by URL shape: a directory, or index/list/default pages and their numbered pagination. */
    private static final Pattern LIST_PAGE = Pattern.compile(
            "(/|/(index|list|default|more)(_\\d+)?\\.(s?html?|jsp|php|aspx?))$");

    private final PortalSeed portal;
    private final Set<String> startUrls;

    public Scope(PortalSeed portal) {
        this.portal = portal;
        this.startUrls = portal.startUrls().stream().map(UrlCanon::canonical).filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The canonical start URLs. */
    public Set<String> startUrls() {
        return startUrls;
    }

    public PortalSeed portal() {
        return portal;
    }

    /** What {@code url} (canonical) is when linked from a page on {@code fromHost}. */
    public Kind classify(String url, String fromHost) {
        if (portal.denies(url)) {
            return Kind.OUT;
        }
        String path = path(url);
        if (ATTACHMENT.matcher(path).find()) {
            boolean inScope = portal.allows(url) || UrlCanon.host(url).equals(fromHost);
            return inScope ? Kind.ATTACHMENT : Kind.OUT;
        }
        if (SKIPPED.matcher(path).find()) {
            return Kind.OUT;
        }
        return portal.allows(url) ? Kind.PAGE : Kind.OUT;
    }

    /** Whether a redirect from a page or attachment may go to {@code url}. */
    public boolean redirectAllowed(String url, String fromHost, boolean attachment) {
        String c = UrlCanon.canonical(url);
        if (c == null) {
            return false;
        }
        Kind k = classify(c, fromHost);
        return k == Kind.PAGE || (attachment && k == Kind.ATTACHMENT);
    }

    /** Whether {@code url} is a start or list page (re-checked every interval) rather than an article. */
    public boolean isListPage(String url) {
        return startUrls.contains(url) || LIST_PAGE.matcher(path(url)).find();
    }

    private static String path(String url) {
        int q = url.indexOf('?');
        return (q < 0 ? url : url.substring(0, q)).toLowerCase(Locale.ROOT);
    }
}
