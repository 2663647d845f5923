package govwatch.crawler;

import govwatch.crawler.discovery.Scope;

/**
 * One URL to visit in one pass: plain data.
 *
 * @param scope  the portal it was found for
 * @param url    canonical URL
 * @param depth  link hops from a start URL
 * @param parent the page that linked it (null for start URLs and sitemap entries)
 * @param kind   how to treat the response
 */
record Task(Scope scope, String url, int depth, String parent, Kind kind) {
    enum Kind { PAGE, ATTACHMENT, SITEMAP }

    String portalId() {
        return scope.portal().id();
    }

    /** A start page: fetching it shows the portal is reachable. */
    boolean isStart() {
        return depth == 0 && kind == Kind.PAGE;
    }
}
