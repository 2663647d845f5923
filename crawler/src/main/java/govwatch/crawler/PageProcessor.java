package govwatch.crawler;

import crawlercommons.robots.BaseRobotRules;
import govwatch.crawler.discovery.UrlCanon;
import govwatch.crawler.fetch.FetchFailure;
import govwatch.crawler.fetch.HttpFetcher;
import govwatch.crawler.fetch.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Visits one task on its host's worker: skips it when not due (following its remembered links), checks the
 * address (of every redirect hop too) and robots.txt, waits its turn, fetches conditionally, and hands the
 * response to {@link ResponseHandler}. Every failure ends here as a counted, logged {@link FetchFailure}.
 */
final class PageProcessor {
    private static final Logger log = LoggerFactory.getLogger(PageProcessor.class);

    private final CrawlerConfig config;
    private final HttpFetcher fetcher;
    private final RobotsCache robots;
    private final CrawlState state;
    private final CrawlMetrics metrics;
    private final ResponseHandler handler;

    PageProcessor(CrawlerConfig config, CrawlState state, CrawlMetrics metrics) {
        this.config = config;
        this.fetcher = new HttpFetcher(config);
        this.robots = new RobotsCache(config, fetcher);
        this.state = state;
        this.metrics = metrics;
        // Attachment text is cut at maxBodyBytes / 3 characters: as UTF-8 JSON (at most 3 bytes a character)
        // it stays the size of a body, well under the sink's 16 MB record limit.
        this.handler = new ResponseHandler(config, metrics, new AttachmentText(Math.max(1, config.maxBodyBytes() / 3)));
    }

    void process(Task task, HostWorker worker) {
        CrawlPass pass = task.pass();
        if (pass.cancelled()) {
            return;
        }
        String portal = task.portalId();
        Instant now = config.clock().instant();
        Optional<PageMemory> memory = state.get(task.url());
        if (memory.isPresent() && !pass.everyPageDue() && !memory.get().isDue(now)) {
            pass.reached(task);
            pass.expand(task, memory.get().links());
            return;
        }
        if (pass.hostGivenUp(worker.host())) {
            return;
        }
        try {
            AddressGuard.check(task.url(), task.scope());
            Duration delay = task.scope().portal().politenessDelay();
            BaseRobotRules rules = robotsRules(task, worker, delay);
            if (!rules.isAllowed(task.url())) {
                metrics.robotsBlocked(portal);
                pass.robotsBlocked(task);
                return;
            }
            offerSitemaps(task, worker, rules);
            Duration crawlDelay = RobotsCache.crawlDelay(rules);
            worker.awaitTurn(crawlDelay.compareTo(delay) > 0 ? crawlDelay : delay);
            HttpResponse response = fetch(task, worker, memory.orElse(null));
            pass.fetched();
            if (!response.finalUrl().equals(task.url())) {
                Optional.ofNullable(UrlCanon.canonical(response.finalUrl())).ifPresent(pass::markSeen);
            }
            handler.handle(task, response, memory.orElse(null), now);
            pass.hostOk(worker.host());
            pass.reached(task);
        } catch (FetchFailure f) {
            metrics.page(portal, f.kind().tag());
            pass.failed(task, f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pass.failed(task, new FetchFailure(FetchFailure.Kind.IO, "interrupted", e));
        } catch (RuntimeException e) {
            log.error("{}: unexpected failure on {}", portal, task.url(), e);
            metrics.page(portal, "internal");
            pass.failed(task, new FetchFailure(FetchFailure.Kind.IO, "internal error: " + e, e));
        }
    }

    private HttpResponse fetch(Task task, HostWorker worker, PageMemory memory) throws FetchFailure {
        String fromHost = UrlCanon.host(task.url());
        boolean attachment = task.kind() == Task.Kind.ATTACHMENT;
        long start = System.nanoTime();
        try {
            return fetcher.fetch(task.url(), memory == null ? null : memory.etag(), memory == null ? null : memory.lastModified(),
                    target -> task.kind() == Task.Kind.SITEMAP
                            ? UrlCanon.hostKey(task.url()).equals(UrlCanon.hostKey(target)) // read only, same host only
                            : task.scope().redirectAllowed(target, fromHost, attachment),
                    hop -> AddressGuard.check(hop, task.scope()));
        } finally {
            worker.requestEnded();
            metrics.latency(task.portalId(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private BaseRobotRules robotsRules(Task task, HostWorker worker, Duration delay) throws FetchFailure, InterruptedException {
        if (robots.fresh(task.url())) {
            return robots.rules(task.url(), hop -> AddressGuard.check(hop, task.scope()));
        }
        worker.awaitTurn(delay);
        try {
            return robots.rules(task.url(), hop -> AddressGuard.check(hop, task.scope()));
        } finally {
            worker.requestEnded();
        }
    }

    /** Queues the sitemaps robots.txt lists (same host only), once per portal and pass. */
    private void offerSitemaps(Task task, HostWorker worker, BaseRobotRules rules) {
        List<String> sitemaps = rules.getSitemaps();
        if (sitemaps.isEmpty() || !task.pass().firstSitemapOffer(worker.host(), task.portalId())) {
            return;
        }
        for (String s : sitemaps) {
            String url = UrlCanon.canonical(s);
            if (url != null && UrlCanon.hostKey(url).equals(worker.host())) {
                task.pass().submit(task.scope(), url, 0, null, Task.Kind.SITEMAP);
            }
        }
    }
}
