package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import govwatch.app.pipeline.Pipeline;
import govwatch.app.pipeline.StopSignal;
import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.seed.PortalSeed;
import govwatch.events.Alert;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts reach the sink as they are decided, while the crawl pass is still running: the portal holds its last page
 * until the report's alert has arrived (or 60 s pass), so a pipeline that hands alerts over only after the pass
 * sees the page released by the time limit, not by the alert.
 */
class AlertsDuringTheCrawlTest {

    @TempDir
    Path work;

    @Test
    void theReportsAlertArrivesBeforeThePassEnds() throws Exception {
        byte[] report = Files.readString(LocalPortal.DEMO.resolve("zwgk/zfgzbg/202401/t20240104_1002.html"))
                .replace("</body>", "<a href='/zwgk/held.html'>更多</a></body>") // found only once the report is read
                .getBytes(StandardCharsets.UTF_8);
        CountDownLatch alerted = new CountDownLatch(1);
        AtomicBoolean releasedByAlert = new AtomicBoolean();
        HttpServer portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        portal.setExecutor(Executors.newCachedThreadPool());
        portal.createContext("/", ex -> {
            switch (ex.getRequestURI().getPath()) {
                case "/zwgk/index.html" -> send(ex, "<html><body><a href='/zwgk/report.html'>报告</a></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
                case "/zwgk/report.html" -> send(ex, report);
                case "/zwgk/held.html" -> {
                    try {
                        releasedByAlert.set(alerted.await(60, TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    send(ex, "<html><body>无</body></html>".getBytes(StandardCharsets.UTF_8));
                }
                default -> {
                    ex.sendResponseHeaders(404, -1);
                    ex.close();
                }
            }
        });
        portal.start();
        try {
            String base = "http://127.0.0.1:" + portal.getAddress().getPort();
            PortalSeed seed = new PortalSeed("held", "a portal that holds a page", List.of(base + "/zwgk/index.html"),
                    List.of(base + "/zwgk/"), List.of(), 3, Duration.ofHours(1), Duration.ZERO, null, null);
            List<Alert> alerts = new CopyOnWriteArrayList<>();
            Pipeline.run(new Pipeline.Options(List.of(seed), null, work.resolve("data"), true,
                    CrawlerConfig.builder().timeout(Duration.ofSeconds(90)).build(), Duration.ofMinutes(3), -1),
                    new SimpleMeterRegistry(), alert -> {
                        alerts.add(alert);
                        alerted.countDown();
                    }, StopSignal.never());

            assertThat(alerts).extracting(Alert::sourceUrl).containsExactly(base + "/zwgk/report.html");
            assertThat(releasedByAlert).as("the held page was released by the alert, during the pass").isTrue();
        } finally {
            portal.stop(0);
        }
    }

    private static void send(HttpExchange ex, byte[] body) throws IOException {
        try (ex) {
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
