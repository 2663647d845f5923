package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import govwatch.crawler.fetch.FetchFailure;
import govwatch.crawler.fetch.HttpFetcher;
import govwatch.crawler.fetch.HttpResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The fetch connects to the address the guard checked, never to what a second lookup of the name might answer; and
 * keeps that connection for the host's next request.
 */
class PinnedAddressTest extends PortalTestBase {
    private final HttpFetcher fetcher = new HttpFetcher(Fixtures.config(new TestClock()));

    PinnedAddressTest() {
        super((String) null);
    }

    @org.junit.jupiter.api.AfterEach
    void closeFetcher() {
        fetcher.close();
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
    void requestsToOneHostShareOneKeptAliveConnection() throws Exception {
        Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
        for (String page : List.of("/a.html", "/b.html", "/c.html")) {
            portal.handle(page, ex -> {
                clientPorts.add(ex.getRemoteAddress().getPort());
                portal.send(ex, 200, "text/html", "<title>x</title>".getBytes(StandardCharsets.UTF_8));
            });
        }

        for (String page : List.of("/a.html", "/b.html", "/c.html")) {
            assertThat(fetch(portal.url(page)).status()).isEqualTo(200);
        }

        assertThat(clientPorts).hasSize(1);
    }

    @Test
    void aPathWithChineseCharactersIsSentAsUtf8() throws Exception {
        AtomicReference<String> path = new AtomicReference<>();
        portal.handle("/col/%E6%8A%A5%E5%91%8A.html", ex -> {
            path.set(ex.getRequestURI().getRawPath());
            portal.send(ex, 200, "text/html", "<title>x</title>".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(fetch(portal.url("/col/报告.html")).status()).isEqualTo(200);
        assertThat(path.get()).isEqualTo("/col/%E6%8A%A5%E5%91%8A.html");
    }

    @Test
    void aKeptConnectionTheServerClosedIsReplacedOnce() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> answerOnceAndHangUp(server, connections));
            t.setDaemon(true);
            t.start();
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/x.html";

            assertThat(new String(fetch(url).body(), StandardCharsets.US_ASCII)).isEqualTo("ok");
            assertThat(new String(fetch(url).body(), StandardCharsets.US_ASCII)).isEqualTo("ok");
        }
        assertThat(connections.get()).isEqualTo(2);
    }

    /** An HTTP/1.1 server that answers without "Connection: close" and then hangs up anyway. */
    private static void answerOnceAndHangUp(ServerSocket server, AtomicInteger connections) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                connections.incrementAndGet();
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                while (!in.readLine().isEmpty()) {
                    // the request's lines
                }
                s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
            } catch (IOException | NullPointerException e) {
                return;
            }
        }
    }

    private HttpResponse fetch(String url) throws FetchFailure {
        return fetcher.fetch(url, null, null, u -> true, u -> InetAddress.getLoopbackAddress(),
                System.nanoTime() + Duration.ofSeconds(5).toNanos());
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
