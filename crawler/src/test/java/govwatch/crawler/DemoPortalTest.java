package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.crawler.seed.PortalSeed;
import govwatch.crawler.seed.SeedFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bundled demo portal (seeds/demo-portal) crawled with the settings of seeds/demo.yaml, on a free port. */
class DemoPortalTest {
    private static final List<String> ARTICLES = List.of("202007/t20200724_1001.html", "202401/t20240104_1002.html",
            "202108/t20210813_1003.html", "202103/t20210310_1004.html", "202304/t20230422_1005.html",
            "202312/t20231228_1006.html");

    private final PortalSeed demo = SeedFiles.load(Path.of("../seeds/demo.yaml")).get(0);
    private final TestPortal portal = new TestPortal(demo.serveDir());
    private final CollectingSink sink = new CollectingSink();

    @AfterEach
    void tearDown() {
        portal.close();
    }

    /** The demo seed moved to the test server's port. */
    private PortalSeed onTestPort() {
        return onTestPort(null);
    }

    private PortalSeed onTestPort(String county) {
        String from = "http://127.0.0.1:18731";
        String to = portal.url("");
        return new PortalSeed(demo.id(), demo.name(), demo.startUrls().stream().map(u -> u.replace(from, to)).toList(),
                demo.allowedPrefixes().stream().map(u -> u.replace(from, to)).toList(), demo.deny(), demo.maxDepth(),
                demo.recrawlInterval(), demo.politenessDelay(), demo.charsetOverride(), null, county);
    }

    @Test
    void everyPageCarriesTheCountyItsSeedDeclares() {
        try (Crawler crawler = Fixtures.crawler(Fixtures.config(new TestClock()), List.of(onTestPort("150525000000")),
                sink, new InMemoryCrawlState())) {
            crawler.crawlOnce();

            assertThat(sink.urls()).isNotEmpty().allSatisfy(u -> assertThat(sink.page(u).countyCode())
                    .isEqualTo("150525000000"));
        }
    }

    @Test
    void everyArticleOfTheDemoPortalIsPublishedAsUnicode() {
        try (Crawler crawler = Fixtures.crawler(Fixtures.config(new TestClock()), List.of(onTestPort()), sink,
                new InMemoryCrawlState())) {
            CrawlSummary summary = crawler.crawlOnce();

            assertThat(summary.errors()).isZero();
            assertThat(sink.urls()).contains(ARTICLES.stream().map(a -> portal.url("/zwgk/zfgzbg/" + a)).toArray(String[]::new))
                    .contains(portal.url("/zwgk/zfgzbg/index.html"), portal.url("/zwgk/zfgzbg/index_1.html"))
                    .allSatisfy(u -> assertThat(u).startsWith(portal.url("/zwgk/")));
            assertThat(sink.page(portal.url("/zwgk/zfgzbg/202108/t20210813_1003.html")))
                    .satisfies(p -> assertThat(p.charset()).isEqualTo("GB18030"))
                    .satisfies(p -> assertThat(p.body()).contains("关路镇").doesNotContain("\uFFFD"));
            assertThat(portal.requests().stream().map(TestPortal.Request::path)).noneMatch(p -> p.startsWith("/admin/"));
            assertThat(sink.page(portal.url("/zwgk/zfgzbg/index.html")).countyCode()).isNull();
        }
    }
}
