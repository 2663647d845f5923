package govwatch.crawler.discovery;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.util.Locale;

/**
 * Canonical URLs: absolute, http(s) only, fragment dropped, normalized by crawler-commons
 * {@link BasicURLNormalizer} (lower-case scheme and host, default port dropped, dot segments resolved,
 * percent-encoding normalized), so that one page is not fetched twice under two spellings.
 */
public final class UrlCanon {
    private static final BasicURLNormalizer NORMALIZER = new BasicURLNormalizer();

    private UrlCanon() {
    }

    /** The canonical form of {@code url}, or null when it is not an http(s) URL. */
    public static String canonical(String url) {
        if (url == null) {
            return null;
        }
        String u = url.trim();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        String lower = u.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return null;
        }
        return NORMALIZER.filter(u);
    }

    /** {@code scheme://host:port} of a canonical URL, the key of its host queue and robots.txt. */
    public static String hostKey(String url) {
        URI uri = URI.create(url);
        int port = uri.getPort() >= 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
        return uri.getScheme() + "://" + uri.getHost() + ":" + port;
    }

    /** The host name of a URL, lower case. */
    public static String host(String url) {
        String h = URI.create(url).getHost();
        return h == null ? "" : h.toLowerCase(Locale.ROOT);
    }
}
