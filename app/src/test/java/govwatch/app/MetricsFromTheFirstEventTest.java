package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import govwatch.app.metrics.Metrics;
import govwatch.app.pipeline.Pipeline;
import govwatch.app.pipeline.StopSignal;
import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.seed.SeedFiles;
import govwatch.events.Alert;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Prometheus sees of a run, read from the real {@code /metrics} endpoint: a scrape taken before the portal
 * answers its first request and one taken after the first alert. Prometheus' {@code increase()} is the second
 * value minus the first, and only exists when the first sample does; so every counter the dashboard charts must
 * be in the first scrape, at zero, and the deltas must show the first alert, the first fetched page and the first
 * robots-blocked URL.
 */
class MetricsFromTheFirstEventTest {

    private static final Map<String, String> NEW_REPORT = Map.of("type", "NEW_REPORT");
    private static final Map<String, String> FETCHED = Map.of("portal", "gated", "outcome", "ok");
    private static final Map<String, String> PORTAL = Map.of("portal", "gated");

    @TempDir
    Path work;

    @Test
    void increaseSeesTheFirstAlertTheFirstFetchedPageAndTheFirstRobotsBlock() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        int metricsPort = LocalPortal.freePort();
        try (GatedPortal portal = GatedPortal.start(LocalPortal.DEMO, gate);
             Metrics metrics = new Metrics()) {
            metrics.serve("127.0.0.1", metricsPort);
            List<Alert> alerts = new CopyOnWriteArrayList<>();
            Future<Pipeline.Result> run = pool.submit(() -> Pipeline.run(new Pipeline.Options(
                    SeedFiles.load(seeds(portal.port())), null, work.resolve("data"), true, CrawlerConfig.builder().timeout(Duration.ofMinutes(2)).build(),
                    Duration.ofMinutes(3), -1), metrics.registry(), alerts::add, StopSignal.never()));

            // The job registers its meters, then asks the portal, which answers nothing until the gate opens.
            // Registration takes a moment; the gate keeps every count at zero however long it takes.
            PrometheusText before = await("every charted govwatch counter in a scrape taken before the portal answers")
                    .atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                    .until(() -> scrape(metricsPort), s -> s.value("govwatch_streams_alerts_total", NEW_REPORT).isPresent()
                            && s.value("govwatch_streams_dead_letters_total", Map.of("stage", "analysis")).isPresent()
                            && s.value("govwatch_crawler_pages_total", FETCHED).isPresent()
                            && s.value("govwatch_crawler_robots_blocked_total", PORTAL).isPresent()
                            && s.value("govwatch_crawler_portal_down_passes", PORTAL).isPresent());
            assertThat(portal.answered()).isZero();
            assertThat(before.value("govwatch_streams_alerts_total", NEW_REPORT)).hasValue(0);
            assertThat(before.value("govwatch_streams_dead_letters_total", Map.of("stage", "analysis"))).hasValue(0);
            assertThat(before.value("govwatch_crawler_pages_total", FETCHED)).hasValue(0);
            assertThat(before.value("govwatch_crawler_robots_blocked_total", PORTAL)).hasValue(0);
            assertThat(before.value("govwatch_crawler_portal_down_passes", PORTAL)).hasValue(0);
            gate.countDown();

            await().atMost(Duration.ofMinutes(3)).until(() -> !alerts.isEmpty() || run.isDone());
            PrometheusText after = scrape(metricsPort);

            assertThat(delta(before, after, "govwatch_streams_alerts_total", NEW_REPORT)).isGreaterThanOrEqualTo(1);
            assertThat(delta(before, after, "govwatch_crawler_pages_total", FETCHED)).isGreaterThanOrEqualTo(1);
            assertThat(run.get(3, TimeUnit.MINUTES).alerts()).isEqualTo(5);
            PrometheusText end = scrape(metricsPort);
            assertThat(delta(before, end, "govwatch_streams_alerts_total", NEW_REPORT)).isEqualTo(5);
            // The demo portal's robots.txt disallows /admin/, which its home page links to.
            assertThat(delta(before, end, "govwatch_crawler_robots_blocked_total", PORTAL)).isEqualTo(1);
        } finally {
            gate.countDown();
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES); // the job's broker must let go of the data dir
        }
    }

    private Path seeds(int port) throws IOException {
        Path file = work.resolve("gated.yaml");
        Files.writeString(file, """
                id: gated
                name: a portal that answers when the test lets it
                start: [ "http://127.0.0.1:%d/zwgk/zfgzbg/index.html" ]
                allow: [ "http://127.0.0.1:%d/" ]
                delay: 0s
                """.formatted(port, port));
        return file;
    }

    /** {@code increase()} as Prometheus computes it from two samples: absent unless both samples exist. */
    private static double delta(PrometheusText before, PrometheusText after, String name, Map<String, String> labels) {
        assertThat(before.value(name, labels)).as("sample of %s %s before the first event", name, labels).isPresent();
        assertThat(after.value(name, labels)).as("sample of %s %s after", name, labels).isPresent();
        return after.value(name, labels).getAsDouble() - before.value(name, labels).getAsDouble();
    }

    private static PrometheusText scrape(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new PrometheusText(response.body());
    }

    /** The demo portal's files on loopback, every request held until the gate opens. */
    private static final class GatedPortal implements AutoCloseable {
        private final HttpServer server;
        private final AtomicInteger answered = new AtomicInteger();

        private GatedPortal(HttpServer server) {
            this.server = server;
        }

        static GatedPortal start(Path root, CountDownLatch gate) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            GatedPortal portal = new GatedPortal(server);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> portal.answer(exchange, root, gate));
            server.start();
            return portal;
        }

        private void answer(HttpExchange exchange, Path root, CountDownLatch gate) throws IOException {
            try (exchange) {
                if (!gate.await(5, TimeUnit.MINUTES)) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                answered.incrementAndGet();
                Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] body = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html"
                        : name.endsWith(".txt") ? "text/plain; charset=utf-8" : "application/octet-stream");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        int port() {
            return server.getAddress().getPort();
        }

        int answered() {
            return answered.get();
        }

        @Override
        public void close() {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
        }
    }
}
