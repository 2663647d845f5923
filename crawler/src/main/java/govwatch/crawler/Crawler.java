package govwatch.crawler;

import govwatch.crawler.discovery.Scope;
import govwatch.crawler.seed.PortalSeed;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls the seed portals and publishes what changed to a {@link PageSink}.
 *
 * <p>{@link #crawlOnce()} visits every portal from its start URLs: a URL is fetched when it is due (new, or
 * its re-crawl time has come: start/list pages every {@link PortalSeed#recrawlInterval()}, articles and
 * attachments every {@link PortalSeed#articleRecheck()}, by default interval ×
 * {@link CrawlerConfig#articleRecrawlFactor()}; or the portal dated it after our last fetch, in a sitemap
 * {@code <lastmod>} or beside its link on a list page: {@link ChangeSignals}); a URL not yet due is not
 * fetched but its remembered links are followed, so a due page behind it is still reached. An article split over
 * several pages is fetched with its parts and published once, joined ({@link ArticleParts}). Each host has
 * its own queue and worker ({@link HostWorker}) with the portal's politeness delay (or robots.txt
 * crawl-delay, if longer); at most {@link CrawlerConfig#maxParallelHosts()} hosts are crawled at once. Each portal's
 * {@link PortalSeed.Budgets} bound what a pass spends on it; URLs that failed in one pass are tried after every
 * other URL of their host in the next.
 */
public final class Crawler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Crawler.class);

    private final List<Scope> scopes;
    private final PageSink sink;
    private final CrawlState state;
    private final CrawlerConfig config;
    private final CrawlMetrics metrics;
    private final PageProcessor processor;
    private final ExecutorService pool;
    private final Map<String, HostWorker> hosts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> downPasses = new ConcurrentHashMap<>();
    private final Map<String, PortalSeed> portals = new LinkedHashMap<>();
    private volatile CrawlPass current;
    private Set<String> failedLastPass = Set.of();

    public Crawler(CrawlerConfig config, List<PortalSeed> seeds, PageSink sink, CrawlState state, MeterRegistry metrics) {
        this.config = config;
        this.scopes = seeds.stream().map(Scope::new).toList();
        this.sink = sink;
        this.state = state;
        this.metrics = new CrawlMetrics(metrics);
        this.processor = new PageProcessor(config, state, this.metrics);
        this.pool = Executors.newFixedThreadPool(config.maxParallelHosts(), daemonThreads());
        for (Scope scope : scopes) {
            portals.put(scope.portal().id(), scope.portal());
            AtomicInteger passes = downPasses.computeIfAbsent(scope.portal().id(), id -> new AtomicInteger());
            this.metrics.portalDownPasses(scope.portal().id(), passes::get);
        }
    }

    /**
     * Crawls every portal once (all due pages) and returns when every queue is empty. A portal failure
     * (unreachable, timeouts, 5xx, WAF, robots) is logged, counted and reported in the summary, never thrown.
     *
     * @throws RuntimeException what the {@link PageSink} threw on flush: the pages are then not recorded as
     *                          published and will be published again by the next pass. A page the sink refuses
     *                          on its own ({@link PageSink#flushRejecting}, e.g. too large) is only that page's
     *                          error, counted in the summary and retried next pass
     */
    public CrawlSummary crawlOnce() {
        return crawl(false);
    }

    /**
     * Like {@link #crawlOnce()}, but every known page is checked now, due or not — for a pass a person asks
     * for ({@code run --once}). Conditional GETs and content hashes still keep unchanged pages unpublished.
     */
    public CrawlSummary crawlEverything() {
        return crawl(true);
    }

    /**
     * Ends the pass under way early (for a shutdown): queued pages are skipped, pages in flight finish, what was
     * fetched is published and remembered, and the crawl method returns. Safe from any thread.
     */
    public void cancel() {
        CrawlPass pass = current;
        if (pass != null) {
            pass.cancel();
        }
    }

    private synchronized CrawlSummary crawl(boolean everyPageDue) {
        long start = System.nanoTime();
        processor.newPass();
        CrawlPass pass = new CrawlPass(config, sink, state, this::worker, processor, metrics, everyPageDue, failedLastPass);
        current = pass;
        for (Scope scope : scopes) {
            for (String url : scope.startUrls()) {
                pass.submit(scope, url, 0, null, Task.Kind.PAGE);
            }
        }
        try {
            pass.awaitDone();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while crawling", e);
        }
        trackPortalHealth(pass);
        // Remembered for one pass only: a URL that keeps failing stays at the back of its host's queue.
        failedLastPass = pass.failedUrls();
        CrawlSummary summary = pass.summary(portals);
        log.info("crawl pass done in {} ms: {}", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), summary);
        summary.budgets().forEach((portal, hit) -> log.warn("{}: {}", portal, hit));
        return summary;
    }

    /** A portal none of whose start pages could be fetched is down; repeated, that is worth a warning. */
    private void trackPortalHealth(CrawlPass pass) {
        for (Scope scope : scopes) {
            String id = scope.portal().id();
            AtomicInteger down = downPasses.get(id);
            if (pass.reached(id)) {
                down.set(0);
            } else if (down.incrementAndGet() > 1) {
                log.warn("portal {} unreachable for {} consecutive passes", id, down.get());
            }
        }
    }

    private HostWorker worker(String host) {
        return hosts.computeIfAbsent(host, h -> {
            HostWorker w = new HostWorker(h, pool);
            metrics.queueDepth(h.substring(h.indexOf("://") + 3), w::depth);
            return w;
        });
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "govwatch-crawler-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Stops the host workers; a crawl in progress is interrupted. */
    @Override
    public void close() {
        pool.shutdownNow();
        processor.close();
    }
}
