package govwatch.crawler;

import govwatch.crawler.discovery.Scope;
import govwatch.crawler.discovery.UrlCanon;
import govwatch.crawler.fetch.FetchFailure;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses hosts that resolve to loopback, private or link-local addresses, unless a seed's start URL is on
 * that very host (demos and tests crawl loopback on purpose). Keeps an allowed prefix on a public name
 * from being turned against the crawler's own network.
 */
final class AddressGuard {
    private final Map<String, Boolean> privateHost = new ConcurrentHashMap<>();

    void check(String url, Scope scope) throws FetchFailure {
        String host = UrlCanon.host(url);
        if (scope.startUrls().stream().anyMatch(s -> UrlCanon.host(s).equals(host))) {
            return;
        }
        if (privateHost.computeIfAbsent(host, AddressGuard::resolvesPrivate)) {
            throw new FetchFailure(FetchFailure.Kind.PRIVATE_ADDRESS, host + " resolves to a private or loopback address");
        }
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
