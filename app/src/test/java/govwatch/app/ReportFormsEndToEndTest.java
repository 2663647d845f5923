package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import govwatch.app.pipeline.Pipeline;
import govwatch.app.pipeline.StopSignal;
import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.seed.PortalSeed;
import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.events.Target;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two report forms, portal → crawler → topology → alert on the real broker: a report split over three pages
 * ({@code t…_4001.html}, {@code _1.html}, {@code _2.html}) alerts once, with targets from every part, at its first
 * page's URL; a report that exists only as a Word attachment of a notice alerts from the attachment.
 */
class ReportFormsEndToEndTest {
    private static final String SPLIT = "/zwgk/2025/t20250110_4001.html";
    private static final String DOCX = "/zwgk/2025/P020250107_4002.docx";

    @TempDir
    Path work;

    @Test
    void aSplitReportAndAnAttachmentOnlyReportEachAlertOnce() throws Exception {
        byte[] docx = docx("石桥乡2025年政府工作报告",
                "——2025年1月6日在石桥乡第十届人民代表大会第四次会议上",
                "各位代表：",
                "现在，我代表乡人民政府向大会报告工作，请予审议。",
                "一、2024年工作回顾",
                "一年来，全乡粮食总产量达到2.1万吨，完成植树造林1500亩。",
                "二、2025年工作安排",
                "2025年全乡发展的主要预期目标是：农村居民人均可支配收入增长7%左右；粮食播种面积稳定在3.6万亩以上；新建通组公路12公里。",
                "各位代表，让我们同心协力，为建设美丽石桥而努力奋斗！");
        HttpServer portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        portal.setExecutor(Executors.newCachedThreadPool());
        portal.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            if (path.equals(DOCX)) {
                send(ex, 200, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx);
                return;
            }
            try (InputStream in = getClass().getResourceAsStream("/forms" + path)) {
                if (in == null || path.contains("..")) {
                    send(ex, 404, "text/html", new byte[0]);
                } else {
                    send(ex, 200, "text/html; charset=utf-8", in.readAllBytes());
                }
            }
        });
        portal.start();
        try {
            String base = "http://127.0.0.1:" + portal.getAddress().getPort();
            PortalSeed seed = new PortalSeed("forms", "a portal with split and attached reports",
                    List.of(base + "/zwgk/index.html"), List.of(base + "/zwgk/"), List.of(), 3, Duration.ofHours(1),
                    Duration.ZERO, null, null);
            List<Alert> alerts = new CopyOnWriteArrayList<>();
            Pipeline.run(new Pipeline.Options(List.of(seed), null, work.resolve("data"), true,
                    CrawlerConfig.builder().timeout(Duration.ofSeconds(90)).build(), Duration.ofMinutes(3), -1),
                    new SimpleMeterRegistry(), alerts::add, StopSignal.never());

            assertThat(alerts).extracting(Alert::type).containsOnly(AlertType.NEW_REPORT);
            assertThat(alerts).extracting(Alert::sourceUrl).containsExactlyInAnyOrder(base + SPLIT, base + DOCX);
            Alert split = alerts.stream().filter(a -> a.sourceUrl().equals(base + SPLIT)).findFirst().orElseThrow();
            assertThat(split.region().name()).isEqualTo("柳湾镇");
            assertThat(split.targets()).extracting(Target::indicator).contains(
                    "地区生产总值",       // first page
                    "粮食播种面积",       // second page
                    "城镇新增就业");      // third page
            Alert attached = alerts.stream().filter(a -> a.sourceUrl().equals(base + DOCX)).findFirst().orElseThrow();
            assertThat(attached.region().name()).isEqualTo("石桥乡");
            assertThat(attached.year()).isEqualTo(2025);
            assertThat(attached.targets()).extracting(Target::indicator).contains("粮食播种面积");
        } finally {
            portal.stop(0);
        }
    }

    private static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        try (ex) {
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
