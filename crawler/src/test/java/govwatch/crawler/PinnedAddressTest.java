package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import govwatch.crawler.fetch.FetchFailure;
import govwatch.crawler.fetch.HttpFetcher;
import govwatch.crawler.fetch.HttpResponse;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The fetch connects to the address the guard checked, never to what a second lookup of the name might answer. */
class PinnedAddressTest extends PortalTestBase {
    private final HttpFetcher fetcher = new HttpFetcher(Fixtures.config(new TestClock()));

    PinnedAddressTest() {
        super((String) null);
    }

    @Test
    void theRequestGoesToTheCheckedAddressWithTheUrlsHostName() throws Exception {
        AtomicReference<String> host = new AtomicReference<>();
        portal.handle("/col/x.html", ex -> {
            host.set(ex.getRequestHeaders().getFirst("Host"));
            portal.send(ex, 200, "text/html", "<title>x</title>".getBytes(StandardCharsets.UTF_8));
        });
        int port = URI.create(portal.url("/")).getPort();
        // The name does not resolve at all: only the guard's answer can have taken the request to the portal.
        String url = "http://pinned.invalid:" + port + "/col/x.html";

        HttpResponse r = fetcher.fetch(url, null, null, u -> true, u -> InetAddress.getLoopbackAddress(),
                System.nanoTime() + Duration.ofSeconds(5).toNanos());

        assertThat(r.status()).isEqualTo(200);
        assertThat(host.get()).isEqualTo("pinned.invalid:" + port);
    }

    @Test
    void aRedirectHopIsCheckedAndPinnedToo() {
        portal.handle("/col/jump.html", ex -> {
            ex.getResponseHeaders().set("Location", "http://inside.invalid/secret");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        String start = portal.url("/col/jump.html");

        assertThatThrownBy(() -> fetcher.fetch(start, null, null, u -> true, u -> {
            if (u.contains("inside.invalid")) {
                throw new FetchFailure(FetchFailure.Kind.PRIVATE_ADDRESS, "refused " + u);
            }
            return InetAddress.getLoopbackAddress();
        }, System.nanoTime() + Duration.ofSeconds(5).toNanos()))
                .isInstanceOf(FetchFailure.class).hasMessageContaining("refused http://inside.invalid/secret");
    }
}
