package govwatch.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import govwatch.crawler.CrawlSummary;
import govwatch.crawler.Crawler;
import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.InMemoryCrawlState;
import govwatch.crawler.PageSink;
import govwatch.crawler.seed.PortalSeed;
import govwatch.events.PageEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Crawl throughput on loopback with politeness off: one {@link Crawler#crawlOnce()} of a generated portal on a JDK
 * {@link HttpServer} at 127.0.0.1 — {@value #LIST_PAGES} list pages chained by 下一页, each listing
 * {@value #PER_PAGE} articles of about 8 KB — with {@link CrawlerConfig#defaults()}, no politeness delay, a fresh
 * {@link InMemoryCrawlState} per invocation (so every page is fetched and published) and a counting sink. The
 * score is pages/s (one invocation = {@value #PAGES} published pages; robots.txt is fetched too but not counted).
 * One host, so one request in flight at a time: this measures the per-page cost of fetch + decode + parse +
 * discovery + publish, not parallelism. Run: {@code java -jar bench/target/benchmarks.jar CrawlBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class CrawlBenchmark {
    static final int LIST_PAGES = 20;
    static final int PER_PAGE = 25;
    static final int PAGES = LIST_PAGES * (PER_PAGE + 1);

    private HttpServer server;
    private ExecutorService serverThreads;
    private PortalSeed seed;

    /** Per invocation: a new crawler over an empty state. */
    private Crawler crawler;
    private CountingSink sink;

    @Setup(Level.Trial)
    public void startPortal() throws IOException {
        // TCP_NODELAY on the server's sockets, as production web servers usually have it. Without it the JDK server's separate
        // header and body writes meet Nagle + delayed ACK and every page waits ~40 ms: that would measure the
        // loopback server, not the crawler. Read once, when the first HttpServer is made in this JVM.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Map<String, byte[]> pages = portal();
        serverThreads = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> serve(ex, pages.get(ex.getRequestURI().getRawPath())));
        server.setExecutor(serverThreads);
        server.start();
        String root = "http://127.0.0.1:" + server.getAddress().getPort() + "/col/";
        // pagination puts the last articles LIST_PAGES hops from the start page
        seed = new PortalSeed("bench", "bench portal", List.of(root + "index.html"), List.of(root), List.of(),
                LIST_PAGES, Duration.ofHours(1), Duration.ZERO, null, null);
        System.err.printf("%n[bench] portal at %s: %d pages, article body %.1f KB of UTF-8%n", root, PAGES,
                pages.get("/col/a/0_0.html").length / 1024.0);
    }

    @TearDown(Level.Trial)
    public void stopPortal() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Setup(Level.Invocation)
    public void freshCrawler() {
        sink = new CountingSink();
        crawler = new Crawler(CrawlerConfig.defaults(), List.of(seed), sink, new InMemoryCrawlState(),
                new SimpleMeterRegistry());
    }

    @TearDown(Level.Invocation)
    public void checkAndClose() {
        crawler.close();
        if (sink.published.get() != PAGES) {
            throw new IllegalStateException("published " + sink.published.get() + " of " + PAGES + " pages");
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public CrawlSummary crawlOnce() {
        return crawler.crawlOnce();
    }

    private static Map<String, byte[]> portal() {
        String filler = "<p>各位代表：现在，我代表镇人民政府向大会报告工作，请予审议，并请各位政协委员提出意见。</p>".repeat(60);
        Map<String, byte[]> pages = new HashMap<>();
        for (int p = 0; p < LIST_PAGES; p++) {
            int page = p;
            String items = IntStream.range(0, PER_PAGE)
                    .mapToObj(i -> "<li><a href='a/" + page + "_" + i + ".html'>报告" + i + "</a></li>")
                    .collect(Collectors.joining());
            String next = p + 1 < LIST_PAGES ? "<a href='index_" + (p + 1) + ".html'>下一页</a>" : "";
            pages.put(p == 0 ? "/col/index.html" : "/col/index_" + p + ".html", utf8("<html><title>工作报告</title><body><ul>"
                    + items + "</ul>" + next + "</body></html>"));
            for (int i = 0; i < PER_PAGE; i++) {
                pages.put("/col/a/" + p + "_" + i + ".html", utf8("<html><title>报告</title><body>" + filler + "</body></html>"));
            }
        }
        return Map.copyOf(pages);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void serve(HttpExchange ex, byte[] body) throws IOException {
        try (ex) {
            if (body == null) { // robots.txt too: no robots.txt means everything is allowed
                ex.sendResponseHeaders(404, -1);
                return;
            }
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Counts what it is given; flush has nothing to wait for. */
    private static final class CountingSink implements PageSink {
        final AtomicInteger published = new AtomicInteger();

        @Override
        public void publish(PageEvent page) {
            published.incrementAndGet();
        }

        @Override
        public void flush() {
        }
    }
}
