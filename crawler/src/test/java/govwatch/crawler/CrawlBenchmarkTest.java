package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.crawler.seed.PortalSeed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawl throughput on loopback with politeness off, and the heap taken by 10,000 remembered URLs. Figures
 * go to the log (WARN, so they show in the test output); the assertions only check the work was done.
 */
class CrawlBenchmarkTest {
    private static final Logger log = LoggerFactory.getLogger(CrawlBenchmarkTest.class);
    private static final int LIST_PAGES = 20;
    private static final int PER_PAGE = 25;

    private final TestPortal portal = new TestPortal((String) null);

    @AfterEach
    void tearDown() {
        portal.close();
    }

    @Test
    void crawlThroughputOnLoopbackWithoutPoliteness() {
        String filler = "<p>各位代表：现在，我代表镇人民政府向大会报告工作，请予审议，并请各位政协委员提出意见。</p>".repeat(60);
        for (int p = 0; p < LIST_PAGES; p++) {
            int page = p;
            String items = IntStream.range(0, PER_PAGE).mapToObj(i -> "<li><a href='a/" + page + "_" + i + ".html'>报告" + i + "</a></li>")
                    .collect(Collectors.joining());
            String next = p + 1 < LIST_PAGES ? "<a href='index_" + (p + 1) + ".html'>下一页</a>" : "";
            portal.page(p == 0 ? "/col/index.html" : "/col/index_" + p + ".html", "<ul>" + items + "</ul>" + next);
            for (int i = 0; i < PER_PAGE; i++) {
                portal.page("/col/a/" + p + "_" + i + ".html", "<html><title>报告</title><body>" + filler + "</body></html>");
            }
        }
        CollectingSink sink = new CollectingSink();
        PortalSeed seed = Fixtures.withDepth(Fixtures.portal("bench", portal.url("/col/index.html"), portal.url("/col/"),
                Duration.ZERO), LIST_PAGES); // pagination puts the last articles 20 hops away
        try (Crawler crawler = Fixtures.crawler(Fixtures.config(new TestClock()), List.of(seed), sink,
                new InMemoryCrawlState())) {
            long start = System.nanoTime();
            CrawlSummary summary = crawler.crawlOnce();
            double seconds = (System.nanoTime() - start) / 1e9;

            int pages = LIST_PAGES * (PER_PAGE + 1);
            assertThat(summary.published()).isEqualTo(pages);
            log.warn("benchmark: {} pages ({} KB each) in {} s = {} pages/s (one host, politeness off)", pages,
                    filler.length() * 3 / 1024, String.format("%.2f", seconds), String.format("%.0f", pages / seconds));
        }
    }

    @Test
    void heapPer10000RememberedUrls() {
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        InMemoryCrawlState state = new InMemoryCrawlState();
        Instant now = Instant.parse("2024-03-01T08:00:00Z");
        for (int i = 0; i < 10_000; i++) {
            String url = "http://www.example.gov.cn/zwgk/zfgzbg/2024" + (i % 12) + "/t2024010" + i + "_" + (100000 + i) + ".html";
            // every string distinct, as after a restart (nothing shared with literals)
            state.put(url, new PageMemory("\"65a1b2c3-" + i + "\"", "Thu, 04 Jan 2024 02:12:" + (i % 60) + " GMT",
                    String.format("%064x", 0x9f86d081884c7d65L * (i + 1)), now.plusSeconds(i), now.plusSeconds(86400 + i),
                    List.of("http://www.example.gov.cn/zwgk/zfgzbg/index.html", "http://www.example.gov.cn/zwgk/zfgzbg/2024/x" + i + ".pdf")));
        }
        long after = usedAfterGc(rt);
        assertThat(state.size()).isEqualTo(10_000);
        log.warn("benchmark: crawl state for 10,000 URLs takes about {} MB of heap", String.format("%.1f", (after - before) / 1048576.0));
    }

    private static long usedAfterGc(Runtime rt) {
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
