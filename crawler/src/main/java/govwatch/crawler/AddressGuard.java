package govwatch.crawler;

import govwatch.crawler.discovery.Scope;
import govwatch.crawler.discovery.UrlCanon;
import govwatch.crawler.fetch.FetchFailure;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Refuses hosts that resolve to loopback, private or link-local addresses, unless a seed's start URL is on
 * that very host (demos and tests crawl loopback on purpose). Keeps an allowed prefix on a public name
 * from being turned against the crawler's own network. Applied to every URL requested, redirect hops of pages,
 * sitemaps and robots.txt included. The answer is not cached here: a name that resolves to a public address
 * today may resolve to a private one later, so each check resolves again (the JVM's own DNS cache, 30 s by
 * default, keeps that cheap). Stateless and thread-safe.
 */
final class AddressGuard {
    /** Throws {@code PRIVATE_ADDRESS} if {@code url}'s host is private or loopback and no start URL of the scope is on it. */
    static void check(String url, Scope scope) throws FetchFailure {
        String host = UrlCanon.host(url);
        if (scope.startUrls().stream().anyMatch(s -> UrlCanon.host(s).equals(host))) {
            return;
        }
        if (resolvesPrivate(host)) {
            throw new FetchFailure(FetchFailure.Kind.PRIVATE_ADDRESS, host + " (of " + url + ") resolves to a private or loopback address");
        }
    }

    private AddressGuard() {
    }

    private static boolean resolvesPrivate(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return false; // the fetch itself reports the unknown host as a connect failure
        }
    }
}
