package govwatch.crawler;

import govwatch.crawler.discovery.Scope;
import govwatch.crawler.discovery.UrlCanon;
import govwatch.crawler.fetch.FetchFailure;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Refuses hosts that resolve to addresses of the crawler's own networks — loopback, private (10/8, 172.16/12,
 * 192.168/16), carrier-grade NAT (100.64/10), link-local, unique-local IPv6 (fc00::/7), any-local, multicast —
 * unless a seed's start URL is on that very host (demos and tests crawl loopback on purpose). Keeps an allowed
 * prefix on a public name from being turned against the crawler's own network. Applied to every URL requested,
 * redirect hops of pages, sitemaps and robots.txt included.
 *
 * <p>The check resolves the name once and answers the address the fetch then connects to ({@code HopGuard}), so a
 * name cannot resolve to a public address for the check and to a private one for the connection (DNS rebinding).
 * A name with any private address is refused, whichever address a later lookup would put first. Stateless and
 * thread-safe.
 */
final class AddressGuard {
    /** The address to connect to for {@code url}; throws {@code PRIVATE_ADDRESS} or {@code CONNECT} (unknown host). */
    static InetAddress check(String url, Scope scope) throws FetchFailure {
        String host = UrlCanon.host(url);
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            throw new FetchFailure(FetchFailure.Kind.CONNECT, "cannot connect: unknown host " + host, e);
        }
        boolean seedHost = scope.startUrls().stream().anyMatch(s -> UrlCanon.host(s).equals(host));
        if (!seedHost) {
            for (InetAddress a : addresses) {
                if (isInternal(a)) {
                    throw new FetchFailure(FetchFailure.Kind.PRIVATE_ADDRESS, host + " (of " + url
                            + ") resolves to a private or loopback address (" + a.getHostAddress() + ")");
                }
            }
        }
        return addresses[0];
    }

    /** Whether {@code a} belongs to a network the crawler must not be pointed at. */
    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64  // 100.64.0.0/10, carrier-grade NAT
                    || (b[0] & 0xFF) == 0;                      // 0.0.0.0/8, "this network"
        }
        return a instanceof Inet6Address && (b[0] & 0xFE) == 0xFC; // fc00::/7, unique local
    }

    private AddressGuard() {
    }
}
