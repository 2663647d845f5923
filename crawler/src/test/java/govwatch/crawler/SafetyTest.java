package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import govwatch.crawler.seed.PortalSeed;
import govwatch.events.PageEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Redirects, the body cap, unreachable and hanging hosts, WAF challenges. */
class SafetyTest {
    private final TestClock clock = new TestClock();
    private final TestPortal portal = new TestPortal((String) null);
    private final TestPortal other = new TestPortal("portal");
    private final CollectingSink sink = new CollectingSink();
    private final CountDownLatch release = new CountDownLatch(1);
    private Crawler crawler;

    @AfterEach
    void tearDown() {
        release.countDown();
        if (crawler != null) {
            crawler.close();
        }
        portal.close();
        other.close();
    }

    private CrawlSummary crawl(CrawlerConfig config, PortalSeed... seeds) {
        crawler = Fixtures.crawler(config, List.of(seeds), sink, new InMemoryCrawlState());
        return crawler.crawlOnce();
    }

    private PortalSeed col(String id, TestPortal p) {
        return Fixtures.portal(id, p.url("/col/index.html"), p.url("/col/"), Duration.ZERO);
    }

    private void redirect(String from, String location) {
        portal.handle(from, ex -> {
            ex.getResponseHeaders().set("Location", location);
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
    }

    @Test
    void aRedirectOffTheAllowListIsRefused() {
        portal.page("/col/index.html", "<a href='moved.html'>m</a><a href='away.html'>a</a><a href='host.html'>h</a>")
                .page("/col/new.html", "<title>new</title>").page("/outside/x.html", "<title>x</title>");
        redirect("/col/moved.html", "/col/new.html");
        redirect("/col/away.html", portal.url("/outside/x.html"));
        redirect("/col/host.html", other.url("/zwgk/zfgzbg/index.html"));

        CrawlSummary summary = crawl(Fixtures.config(clock), col("r", portal));

        assertThat(portal.requests("/outside/x.html")).isEmpty();
        assertThat(other.requests()).isEmpty();
        assertThat(sink.urls()).containsExactlyInAnyOrder(portal.url("/col/index.html"), portal.url("/col/moved.html"));
        assertThat(sink.page(portal.url("/col/moved.html")).finalUrl()).isEqualTo(portal.url("/col/new.html"));
        assertThat(summary.errors()).isEqualTo(2);
        assertThat(summary.portalErrors().get("r")).contains("redirect_refused");
    }

    @Test
    void anOversizedBodyIsCappedAndMarkedTruncated() {
        int cap = 64 * 1024 + 1; // cuts a 3-byte character in the middle
        byte[] chunk = "<p>示范县人民政府工作报告</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        portal.handle("/col/index.html", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, 0); // chunked, 40+ MB if anyone read it all
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 1000; i++) {
                    out.write(chunk);
                }
            } catch (IOException expected) {
                // the crawler hangs up at the cap
            }
        });

        crawl(Fixtures.configBuilder(clock).maxBodyBytes(cap).build(), col("big", portal));

        PageEvent page = sink.page(portal.url("/col/index.html"));
        assertThat(page.truncated()).isTrue();
        assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).isBetween(cap - 4, cap);
        assertThat(page.body()).startsWith("<p>示范县人民政府工作报告</p>").doesNotContain("\uFFFD");
    }

    @Test
    void anUnreachablePortalIsReportedNotThrownAndOthersAreStillCrawled() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        PortalSeed down = Fixtures.portal("down", "http://127.0.0.1:" + closedPort + "/zwgk/index.html",
                "http://127.0.0.1:" + closedPort + "/zwgk/", Duration.ZERO);
        PortalSeed up = Fixtures.portal("up", other.url("/zwgk/zfgzbg/index.html"), other.url("/zwgk/zfgzbg/"), Duration.ZERO);

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        crawler = new Crawler(Fixtures.config(clock), List.of(down, up), sink, new InMemoryCrawlState(), registry);
        assertThat(crawler.crawlOnce().published()).isEqualTo(5);
        clock.advance(Duration.ofHours(2));
        sink.clear();
        CrawlSummary summary = crawler.crawlOnce();

        assertThat(registry.get("govwatch.crawler.portal.down.passes").tag("portal", "down").gauge().value()).isEqualTo(2);
        assertThat(registry.get("govwatch.crawler.portal.down.passes").tag("portal", "up").gauge().value()).isZero();
        assertThat(summary.portalErrors()).containsOnlyKeys("down");
        assertThat(summary.portalErrors().get("down")).contains("connect");
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.unchanged()).isEqualTo(2); // the healthy portal's two list pages were re-checked
        assertThat(other.requests("/zwgk/zfgzbg/index.html")).hasSize(2);
        assertThat(sink.pages()).isEmpty();
    }

    @Test
    void aHangingPageTimesOutWithoutStallingAnotherHost() {
        portal.handle("/col/index.html", ex -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        CrawlerConfig config = Fixtures.configBuilder(clock).timeout(Duration.ofMillis(1500)).build();
        crawler = Fixtures.crawler(config, List.of(col("hang", portal),
                Fixtures.portal("fine", other.url("/zwgk/zfgzbg/index.html"), other.url("/zwgk/zfgzbg/"), Duration.ZERO)),
                sink, new InMemoryCrawlState());

        CompletableFuture<CrawlSummary> pass = CompletableFuture.supplyAsync(crawler::crawlOnce);

        await().atMost(Duration.ofSeconds(5)).until(() -> sink.pages().size() == 5);
        assertThat(pass).isNotDone(); // the other host finished while this one still hangs
        CrawlSummary summary = pass.orTimeout(15, TimeUnit.SECONDS).join();
        assertThat(summary.portalErrors()).containsOnlyKeys("hang");
        assertThat(summary.portalErrors().get("hang")).contains("timeout");
        assertThat(sink.pages()).allSatisfy(p -> assertThat(p.portalId()).isEqualTo("fine"));
    }

    @Test
    void aLinkToAnotherLoopbackNameIsRefusedUnlessASeedStartsThere() {
        String viaLocalhost = portal.url("/col/x.html").replace("127.0.0.1", "localhost");
        portal.page("/col/index.html", "<a href='" + viaLocalhost + "'>x</a>").page("/col/x.html", "<title>x</title>");
        PortalSeed seed = new PortalSeed("lo", "lo", List.of(portal.url("/col/index.html")),
                List.of(portal.url("/col/"), viaLocalhost.replace("x.html", "")), List.of(), 3, Duration.ofHours(1),
                Duration.ZERO, null, null);

        CrawlSummary summary = crawl(Fixtures.config(clock), seed);

        assertThat(portal.requests("/col/x.html")).isEmpty();
        assertThat(summary.portalErrors().get("lo")).contains("private_address");
    }

    @Test
    void aRedirectHopToAPrivateAddressIsRefused() {
        String viaLocalhost = portal.url("/col/x.html").replace("127.0.0.1", "localhost");
        portal.page("/col/index.html", "<a href='jump.html'>x</a>").page("/col/x.html", "<title>x</title>");
        redirect("/col/jump.html", viaLocalhost);
        PortalSeed seed = new PortalSeed("hop", "hop", List.of(portal.url("/col/index.html")),
                List.of(portal.url("/col/"), viaLocalhost.replace("x.html", "")), List.of(), 3, Duration.ofHours(1),
                Duration.ZERO, null, null);

        CrawlSummary summary = crawl(Fixtures.config(clock), seed);

        assertThat(portal.requests("/col/jump.html")).hasSize(1);
        assertThat(portal.requests("/col/x.html")).isEmpty();
        assertThat(summary.portalErrors().get("hop")).contains("private_address", "localhost");
    }

    @Test
    void aRobotsTxtRedirectToAPrivateAddressIsNotFollowed() {
        portal.page("/col/index.html", "<title>x</title>");
        redirect("/robots.txt", other.url("/robots.txt").replace("127.0.0.1", "localhost"));

        CrawlSummary summary = crawl(Fixtures.config(clock), col("robots", portal));

        assertThat(other.requests()).isEmpty();
        assertThat(summary.portalErrors().get("robots")).contains("private_address");
    }

    @Test
    void aHostThatKeepsFailingIsGivenUpForThePass() {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            links.append("<a href='p").append(i).append(".html'>").append(i).append("</a>");
        }
        portal.page("/col/index.html", links.toString());
        for (int i = 0; i < 10; i++) {
            portal.handle("/col/p" + i + ".html", ex -> portal.send(ex, 500, "text/html", new byte[0]));
        }

        CrawlerConfig config = Fixtures.configBuilder(clock).maxRetries(0).retryBackoff(Duration.ofMillis(10)).build();
        CrawlSummary summary = crawl(config, col("flaky", portal));

        assertThat(summary.errors()).isEqualTo(3); // CrawlerConfig.hostFailureLimit
        assertThat(portal.requests()).hasSize(1 + 1 + 3); // robots.txt, the list, three failures
    }

    @Test
    void aWafChallengePageIsAnErrorNotAPage() {
        portal.page("/col/index.html", "<html><head><title>安全验证</title><script>var _0x1=['\\x63'];location.reload()"
                + "</script></head><body></body></html>");

        CrawlSummary summary = crawl(Fixtures.config(clock), col("waf", portal));

        assertThat(sink.pages()).isEmpty();
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.portalErrors().get("waf")).contains("waf_challenge");
    }

    private static final byte[] JS_CHALLENGE = ("<html><head><script>var _0x1=['\\x63'];document.cookie='a=b';"
            + "location.reload()</script></head><body></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void a412ChallengeIsAWafFailureAndABlockedHostIsGivenUp() {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            links.append("<a href='p").append(i).append(".html'>").append(i).append("</a>");
            int status = i % 2 == 0 ? 412 : 403;
            portal.handle("/col/p" + i + ".html", ex -> portal.send(ex, status, "text/html", JS_CHALLENGE));
        }
        portal.page("/col/index.html", links.toString());

        CrawlSummary summary = crawl(Fixtures.config(clock), col("waf4", portal));

        assertThat(summary.portalErrors().get("waf4")).contains("waf_challenge");
        assertThat(summary.errors()).isEqualTo(3); // CrawlerConfig.hostFailureLimit
        assertThat(portal.requests()).hasSize(1 + 1 + 3); // robots.txt, the list, three challenges
    }

    @Test
    void a521ChallengeIsAWafFailureAndNotRetried() {
        portal.handle("/col/index.html", ex -> portal.send(ex, 521, "text/html", JS_CHALLENGE));

        CrawlSummary summary = crawl(Fixtures.config(clock), col("waf5", portal));

        assertThat(summary.portalErrors().get("waf5")).contains("waf_challenge");
        assertThat(portal.requests("/col/index.html")).hasSize(1);
        assertThat(sink.pages()).isEmpty();
    }
}
