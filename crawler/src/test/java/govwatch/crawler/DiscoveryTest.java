package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.crawler.seed.PortalSeed;
import govwatch.events.PageEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Discovery and re-crawl against saved portal pages on a loopback server. */
class DiscoveryTest extends PortalTestBase {
    private static final String LIST = "/zwgk/zfgzbg/index.html";
    private static final String LIST_1 = "/zwgk/zfgzbg/index_1.html";
    private static final String A2024 = "/zwgk/zfgzbg/202401/t20240104_1002.html";
    private static final String A2023 = "/zwgk/zfgzbg/202304/t20230422_1005.html";
    private static final String A2021 = "/zwgk/zfgzbg/202108/t20210813_1003.html";

    private final TestClock clock = new TestClock();
    private final InMemoryCrawlState state = new InMemoryCrawlState();

    DiscoveryTest() {
        super("portal");
    }

    private Crawler crawler(PortalSeed seed) {
        crawler = Fixtures.crawler(Fixtures.config(clock), List.of(seed), sink, state);
        return crawler;
    }

    private PortalSeed seed() {
        return Fixtures.portal("demo", portal.url(LIST), portal.url("/zwgk/zfgzbg/"), Duration.ZERO);
    }

    @Test
    void followsTheListToArticlesAndPaginationWithinThePrefix() throws Exception {
        CrawlSummary summary = crawler(seed()).crawlOnce();

        assertThat(sink.urls()).containsExactlyInAnyOrder(
                portal.url(LIST), portal.url(LIST_1), portal.url(A2024), portal.url(A2023), portal.url(A2021));
        assertThat(summary.published()).isEqualTo(5);
        assertThat(summary.fetched()).isEqualTo(5);
        assertThat(summary.errors()).isZero();
        assertThat(summary.portalErrors()).isEmpty();
        // out of prefix, images and the robots-disallowed page are never requested
        assertThat(portal.requests().stream().map(TestPortal.Request::path))
                .doesNotContain("/xwzx/202401/news.html", "/zwgk/zfgzbg/photo.jpg", "/zwgk/zfgzbg/private/draft.html",
                        "/zwgk/index.html", "/index.html")
                .containsOnlyOnce(A2023, LIST);
        assertThat(portal.requests()).allSatisfy(r -> assertThat(r.userAgent()).startsWith("govwatch/0.1 (+https://"));

        PageEvent article = sink.page(portal.url(A2024));
        assertThat(article.portalId()).isEqualTo("demo");
        assertThat(article.status()).isEqualTo(200);
        assertThat(article.contentType()).isEqualTo("text/html");
        assertThat(article.charset()).isEqualTo("UTF-8");
        assertThat(article.body()).contains("东明镇2024年政府工作报告", "一般公共预算收入增长5%左右");
        assertThat(article.contentHash()).isEqualTo(sha256(resource(A2024)));
        assertThat(article.truncated()).isFalse();
        assertThat(article.parentUrl()).isNull();
        assertThat(article.fetchedAt()).isEqualTo(clock.instant());
    }

    @Test
    void robotsDisallowIsRespectedEvenForAStartUrl() {
        PortalSeed blocked = Fixtures.portal("blocked", portal.url("/zwgk/zfgzbg/private/draft.html"),
                portal.url("/zwgk/zfgzbg/"), Duration.ZERO);

        CrawlSummary summary = crawler(blocked).crawlOnce();

        assertThat(portal.requests("/zwgk/zfgzbg/private/draft.html")).isEmpty();
        assertThat(portal.requests("/robots.txt")).hasSize(1);
        assertThat(sink.pages()).isEmpty();
        assertThat(summary.portalErrors().get("blocked")).contains("robots.txt disallows");
    }

    @Test
    void depthAndDenyPatternsLimitTheCrawl() {
        PortalSeed shallow = Fixtures.withDepth(Fixtures.portal("demo", portal.url(LIST), portal.url("/zwgk/zfgzbg/"),
                Duration.ZERO, null, List.of(Pattern.compile("/202304/"))), 1);

        crawler(shallow).crawlOnce();

        // depth 1: the list's own links; the 2021 article is only on page 2 (depth 2); 2023 is denied
        assertThat(sink.urls()).containsExactlyInAnyOrder(portal.url(LIST), portal.url(LIST_1), portal.url(A2024));
    }

    @Test
    void unchangedPagesPublishNothingOnTheNextPass() {
        crawler(seed()).crawlOnce();
        sink.clear();
        clock.advance(Duration.ofHours(25)); // articles are due after 1 h × 24

        CrawlSummary second = crawler.crawlOnce();

        assertThat(sink.pages()).isEmpty();
        assertThat(second.unchanged()).isEqualTo(5);
        assertThat(second.fetched()).isEqualTo(5);
        assertThat(portal.requests(A2021)).hasSize(2);
    }

    @Test
    void notModifiedPagesPublishNothingOnTheNextPass() {
        portal.withEtags();
        crawler(seed()).crawlOnce();
        sink.clear();
        clock.advance(Duration.ofHours(25));

        CrawlSummary second = crawler.crawlOnce();

        assertThat(sink.pages()).isEmpty();
        assertThat(second.notModified()).isEqualTo(5);
        assertThat(portal.requests(A2024)).hasSize(2);
        assertThat(portal.requests(A2024).get(1).ifNoneMatch()).isNotNull();
        assertThat(portal.requests(A2024).get(0).ifNoneMatch()).isNull();
    }

    @Test
    void aNewListEntryIsFoundOnTheNextPassWithoutRefetchingOldArticles() throws IOException {
        crawler(seed()).crawlOnce();
        sink.clear();
        String newArticle = "/zwgk/zfgzbg/202403/t20240315_1010.html";
        String list = new String(resource(LIST), StandardCharsets.UTF_8).replace("<ul class=\"list\">",
                "<ul class=\"list\">\n<li><a href=\"202403/t20240315_1010.html\">新镇2024年政府工作报告</a></li>");
        portal.page(LIST, list).page(newArticle, "<html><head><title>新镇2024年政府工作报告</title></head><body>新镇</body></html>");
        clock.advance(Duration.ofMinutes(61)); // list pages due, articles not

        CrawlSummary second = crawler.crawlOnce();

        assertThat(sink.urls()).containsExactlyInAnyOrder(portal.url(LIST), portal.url(newArticle));
        assertThat(second.unchanged()).isEqualTo(1); // index_1.html
        assertThat(portal.requests(A2024)).hasSize(1);
        assertThat(portal.requests(A2021)).hasSize(1); // reached through index_1's links, not due
    }

    @Test
    void nothingIsFetchedBeforeItIsDue() {
        crawler(seed()).crawlOnce();
        int requests = portal.requests().size();

        CrawlSummary second = crawler.crawlOnce();

        assertThat(portal.requests()).hasSize(requests);
        assertThat(second.fetched()).isZero();
        assertThat(second.published()).isZero();
    }

    @Test
    void aMissingPageIsAnErrorOnceAndNotRequestedAgainBeforeItIsDue() {
        portal.page("/col/index.html", "<a href='gone.html'>gone</a>");
        PortalSeed seed = Fixtures.portal("gone", portal.url("/col/index.html"), portal.url("/col/"), Duration.ZERO);
        CrawlSummary first = crawler(seed).crawlOnce();
        clock.advance(Duration.ofMinutes(61)); // the list is due again, the article is not

        CrawlSummary second = crawler.crawlOnce();

        assertThat(first.errors()).isEqualTo(1);
        assertThat(first.portalErrors().get("gone")).contains("gone.html", "HTTP 404");
        assertThat(second.errors()).isZero();
        assertThat(portal.requests("/col/gone.html")).hasSize(1);
        assertThat(portal.requests("/col/index.html")).hasSize(2);
    }

    static byte[] resource(String path) throws IOException {
        try (InputStream in = DiscoveryTest.class.getResourceAsStream("/portal" + path)) {
            return in.readAllBytes();
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
