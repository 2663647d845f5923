package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import govwatch.crawler.seed.PortalSeed;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A portal that tries every trap at once — gzip and docx bombs, an endless body, a slow drip, a 200,000-link farm, a
 * redirect loop, redirects into carrier-grade NAT and unique-local IPv6, a 429 storm and a day-long Retry-After, a
 * 503, a lying charset, 5 MiB of NUL bytes, a robots.txt full of junk and escape codes asking for a crawl-delay of a
 * day — with two good report pages listed after the traps, and a second portal whose robots.txt answers 500.
 *
 * <p>Run in its own JVM with {@code -Xmx256m} (crawler/pom.xml): a bomb that were inflated would end the run with an
 * OutOfMemoryError (the peak printed is the sum of each heap pool's peak, garbage included: an upper bound). Each bound asserted here holds with a wide margin;
 * the time bounds are ceilings against hanging, not goals.
 */
class HostilePortalTest {
    private static final String GOOD_1 = "<html><head><title>新镇2024年政府工作报告</title></head><body><p>一般公共预算收入增长5%左右。</p></body></html>";
    private static final String GOOD_2 = "<html><head><title>东明镇政府工作报告</title></head><body><p>完成0.31万亩高标准农田建设。</p></body></html>";

    private final TestClock clock = new TestClock();
    private final TestPortal portal = new TestPortal((String) null);
    private final TestPortal down = new TestPortal((String) null);
    private final CollectingSink sink = new CollectingSink();
    private final CountDownLatch release = new CountDownLatch(1);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private Crawler crawler;

    @AfterEach
    void tearDown() {
        release.countDown();
        if (crawler != null) {
            crawler.close();
        }
        portal.close();
        down.close();
    }

    @Test
    void everyTrapCostsBoundedTimeAndHeapAndTheGoodPagesArePublished() {
        serveTraps();
        PortalSeed hostile = new PortalSeed("hostile", "hostile", List.of(portal.url("/col/index.html")),
                List.of(portal.url("/col/"), "http://100.64.0.1/", "http://[fc00::1]/"), List.<Pattern>of(), 3,
                Duration.ofHours(1), Duration.ZERO, null, null, null,
                new PortalSeed.Budgets(1000, 80, Duration.ofSeconds(2), Duration.ofMinutes(10)));
        PortalSeed robots500 = Fixtures.portal("robots500", down.url("/col/index.html"), down.url("/col/"), Duration.ZERO);
        CrawlerConfig config = Fixtures.configBuilder(clock).maxCrawlDelay(Duration.ofMillis(20)).build();
        crawler = new Crawler(config, List.of(hostile, robots500), sink, new InMemoryCrawlState(), registry);
        long before = HeapWatch.usedAfterGc();
        HeapWatch.reset();
        long start = System.nanoTime();

        CrawlSummary summary = crawler.crawlOnce();

        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        long peak = HeapWatch.peak();
        System.err.printf("hostile pass: %d s, peak heap %s of %s, in use before %s%n", seconds, HeapWatch.mib(peak),
                HeapWatch.mib(HeapWatch.maxHeap()), HeapWatch.mib(before));
        assertThat(sink.page(portal.url("/col/good1.html")).body()).contains("一般公共预算收入增长5%左右");
        assertThat(sink.page(portal.url("/col/good2.html")).body()).contains("完成0.31万亩高标准农田建设");
        assertThat(sink.page(portal.url("/col/lying.html")).body()).contains("政府工作报告");
        assertThat(sink.page(portal.url("/col/endless.html")).truncated()).isTrue();
        assertThat(sink.urls()).doesNotContain(portal.url("/col/gzip.html"), portal.url("/col/bomb.docx"),
                portal.url("/col/nul.html"), portal.url("/col/drip.html"));
        assertThat(outcomes("binary")).isEqualTo(2);          // the gzip bomb and the NUL page
        assertThat(outcomes("extract")).isEqualTo(1);         // the docx bomb
        assertThat(outcomes("timeout")).isEqualTo(1);         // the drip, cut at its page budget
        assertThat(outcomes("too_many_redirects")).isEqualTo(1);
        assertThat(outcomes("private_address")).isEqualTo(2); // 100.64.0.1 and fc00::1, never connected to
        assertThat(outcomes("retry_later")).isEqualTo(1);     // Retry-After: a day
        assertThat(outcomes("rate_limited")).isEqualTo(1);
        assertThat(outcomes("http_5xx")).isEqualTo(1);
        assertThat(outcomes("robots_unavailable")).isEqualTo(1);
        assertThat(summary.budgets().get("hostile")).contains("maxLinksPerPage 1000", "maxPagesPerPass 80");
        assertThat(summary.portalEvents().get("hostile")).contains("budget");
        assertThat(summary.portalErrors().get("robots500")).contains("HTTP 500", "disallowed for this pass");
        assertThat(down.requests("/col/index.html")).isEmpty();
        assertThat(portal.requests("/col/secret.html")).isEmpty(); // robots.txt junk did not hide its rules
        assertThat(portal.requests()).hasSizeLessThan(120);        // the farm's 200,000 links cost 80 requests at most
        assertThat(seconds).isLessThan(120);
        assertThat(HeapWatch.usedAfterGc()).isLessThan(before + 64L * 1024 * 1024); // nothing big is kept
    }

    @Test
    void theDocxBombIsRefusedWithoutInflatingIt() {
        portal.page("/col/index.html", "<a href='bomb.docx'>bomb</a>").bytes("/col/bomb.docx", "application/octet-stream", Bombs.docx());
        crawler = new Crawler(Fixtures.config(clock), List.of(Fixtures.portal("bomb", portal.url("/col/index.html"),
                portal.url("/col/"), Duration.ZERO)), sink, new InMemoryCrawlState(), registry);
        HeapWatch.usedAfterGc();
        HeapWatch.reset();

        CrawlSummary summary = crawler.crawlOnce();

        long peak = HeapWatch.peak();
        System.err.printf("docx bomb (%d bytes, 1 GiB expanded): peak heap %s of %s%n", Bombs.docx().length,
                HeapWatch.mib(peak), HeapWatch.mib(HeapWatch.maxHeap()));
        assertThat(summary.portalErrors().get("bomb")).contains("zip bomb", "word/document.xml");
        assertThat(sink.urls()).containsExactly(portal.url("/col/index.html"));
        assertThat(peak).isLessThan(Bombs.GIB / 8);
    }

    private double outcomes(String outcome) {
        Counter c = registry.find("govwatch.crawler.pages").tag("portal", outcome.equals("robots_unavailable") ? "robots500" : "hostile")
                .tag("outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }

    private void serveTraps() {
        byte[] gzip = Bombs.gzip(); // built before serving: deflating a gibibyte takes seconds
        String traps = "gzip.html bomb.docx endless.html drip.html farm.html loop1.html cgnat.html ula.html busy.html"
                + " storm.html down.html lying.html nul.html secret.html good1.html good2.html";
        StringBuilder index = new StringBuilder("<html><body>");
        for (String t : traps.split(" ")) {
            index.append("<a href='").append(t).append("'>").append(t).append("</a>\n");
        }
        portal.page("/col/index.html", index.append("</body></html>").toString())
                .bytes("/robots.txt", "text/plain", ("User-agent: *\n\u001b[2J\u001b]0;owned\u0007junk line\u0000\n"
                        + "Disallow: /col/secret.html\nCrawl-delay: 86400\n").getBytes(StandardCharsets.UTF_8))
                .handle("/col/gzip.html", ex -> {
                    ex.getResponseHeaders().set("Content-Encoding", "gzip");
                    portal.send(ex, 200, "text/html", gzip);
                })
                .bytes("/col/bomb.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Bombs.docx())
                .handle("/col/endless.html", ex -> endless(ex, "<p>又一段没有尽头的文字</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8), 0))
                .handle("/col/drip.html", ex -> endless(ex, new byte[] {'<'}, 100))
                .page("/col/farm.html", farm(200_000))
                .handle("/col/loop1.html", ex -> redirect(ex, "loop2.html"))
                .handle("/col/loop2.html", ex -> redirect(ex, "loop1.html"))
                .handle("/col/cgnat.html", ex -> redirect(ex, "http://100.64.0.1/x.html"))
                .handle("/col/ula.html", ex -> redirect(ex, "http://[fc00::1]/x.html"))
                .handle("/col/busy.html", ex -> status(ex, 429, "86400"))
                .handle("/col/storm.html", ex -> status(ex, 429, null))
                .handle("/col/down.html", ex -> status(ex, 503, null))
                .bytes("/col/lying.html", "text/html; charset=utf-8",
                        "<html><title>关路镇2021年政府工作报告</title><p>政府工作报告</p></html>".getBytes(Charset.forName("GBK")))
                .bytes("/col/nul.html", "text/html", Bombs.nuls(5 * 1024 * 1024))
                .page("/col/secret.html", "<title>never</title>")
                .page("/col/good1.html", GOOD_1)
                .page("/col/good2.html", GOOD_2);
        down.handle("/robots.txt", ex -> down.send(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8)))
                .page("/col/index.html", GOOD_1);
    }

    private static String farm(int links) {
        StringBuilder html = new StringBuilder(links * 24).append("<html><body>");
        for (int i = 0; i < links; i++) {
            html.append("<a href=f/").append(i).append(".html>.</a>");
        }
        return html.append("</body></html>").toString();
    }

    /** Writes {@code chunk} until the client goes away, pausing {@code pauseMillis} between writes. */
    private void endless(HttpExchange ex, byte[] chunk, long pauseMillis) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            while (!release.await(pauseMillis, TimeUnit.MILLISECONDS)) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            ex.close(); // the crawler hung up: the trap is over
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private void status(HttpExchange ex, int status, String retryAfter) throws IOException {
        if (retryAfter != null) {
            ex.getResponseHeaders().set("Retry-After", retryAfter);
        }
        portal.send(ex, status, "text/html", "busy".getBytes(StandardCharsets.UTF_8));
    }
}
