package govwatch.crawler.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Checks each URL a fetch is about to request, redirect hops included, and answers the address to connect to:
 * the fetch connects to exactly that address, so what was checked is what is reached. Throws to refuse a URL.
 */
@FunctionalInterface
public interface HopGuard {
    /** Refuses nothing; connects to the first address the host name resolves to. */
    HopGuard NONE = url -> {
        String host = URI.create(url).getHost();
        try {
            return InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new FetchFailure(FetchFailure.Kind.CONNECT, "cannot connect: unknown host " + host, e);
        }
    };

    InetAddress check(String url) throws FetchFailure;
}
