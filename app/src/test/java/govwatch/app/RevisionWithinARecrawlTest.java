package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import govwatch.app.pipeline.Pipeline;
import govwatch.app.pipeline.StopSignal;
import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.seed.PortalSeed;
import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.events.Change;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follow mode, list pages re-crawled every 2 s, articles re-checked only every hour: a report revised on the portal,
 * whose list page then shows a newer date beside its link, alerts TARGET_CHANGED at the next list recrawl, not in an
 * hour.
 */
class RevisionWithinARecrawlTest {
    private static final String REPORT = "/zwgk/2023/t20230422_1005.html";
    private static final DateTimeFormatter LIST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path work;

    private final AtomicReference<String> listDate = new AtomicReference<>("2023-04-22 09:00:00");
    private final AtomicReference<String> report = new AtomicReference<>();

    @Test
    void aRevisedReportWithANewerListDateAlertsAtTheNextRecrawl() throws Exception {
        report.set(Files.readString(LocalPortal.DEMO.resolve("zwgk/zfgzbg/202304/t20230422_1005.html")));
        assertThat(report.get()).contains("粮食种植面积达到6.47万亩以上");
        HttpServer portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        portal.setExecutor(Executors.newCachedThreadPool());
        portal.createContext("/", ex -> {
            switch (ex.getRequestURI().getPath()) {
                case "/zwgk/index.html" -> send(ex, 200, "<html><body><ul><li><a href='" + REPORT + "'>政府工作报告</a><span>"
                        + listDate.get() + "</span></li></ul></body></html>");
                case REPORT -> send(ex, 200, report.get());
                default -> send(ex, 404, "");
            }
        });
        portal.start();
        ExecutorService runner = Executors.newSingleThreadExecutor();
        StopSignal stop = StopSignal.never();
        try {
            String base = "http://127.0.0.1:" + portal.getAddress().getPort();
            PortalSeed seed = new PortalSeed("rev", "a portal that revises a report", List.of(base + "/zwgk/index.html"),
                    List.of(base + "/zwgk/"), List.of(), 3, Duration.ofSeconds(2), Duration.ZERO, null, null, null, null,
                    Duration.ofHours(1));
            List<Alert> alerts = new CopyOnWriteArrayList<>();
            Future<Pipeline.Result> run = runner.submit(() -> Pipeline.run(new Pipeline.Options(List.of(seed), null,
                    work.resolve("data"), false, CrawlerConfig.builder().timeout(Duration.ofSeconds(90)).build(),
                    Duration.ofMinutes(3), -1), new SimpleMeterRegistry(), alerts::add, stop));
            await().atMost(Duration.ofMinutes(3)).until(() -> !alerts.isEmpty() || run.isDone());
            assertThat(alerts).extracting(Alert::type).containsExactly(AlertType.NEW_REPORT);

            report.set(report.get().replace("粮食种植面积达到6.47万亩以上", "粮食种植面积达到6.8万亩以上"));
            // the portal stamps the revision; a second later than now, so it is after our fetch whatever the rounding
            listDate.set(LIST_DATE.format(Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS)));

            await().atMost(Duration.ofMinutes(3)).until(() -> alerts.size() > 1 || run.isDone());
            assertThat(alerts.get(1).type()).isEqualTo(AlertType.TARGET_CHANGED);
            assertThat(alerts.get(1).changes()).containsExactly(new Change("粮食播种面积", "6.47万亩以上", "6.8万亩以上"));
            stop.raise();
            assertThat(run.get(2, TimeUnit.MINUTES).stopped()).isTrue();
        } finally {
            stop.raise();
            runner.shutdownNow();
            runner.awaitTermination(2, TimeUnit.MINUTES);
            portal.stop(0);
        }
    }

    private static void send(HttpExchange ex, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        try (ex) {
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
