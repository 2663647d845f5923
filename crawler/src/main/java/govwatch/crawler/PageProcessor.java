package govwatch.crawler;

import crawlercommons.robots.BaseRobotRules;
import govwatch.crawler.discovery.UrlCanon;
import govwatch.crawler.document.AttachmentText;
import govwatch.crawler.document.DocumentDecoder;
import govwatch.crawler.fetch.FetchFailure;
import govwatch.crawler.fetch.HopGuard;
import govwatch.crawler.fetch.HttpFetcher;
import govwatch.crawler.fetch.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Visits one task on its host's worker and answers what it came to, as an {@link Outcome}: not due (its
 * remembered links followed), over the portal's budget, blocked by robots.txt, or fetched (address guard on every
 * hop, robots.txt, the politeness wait, a conditional GET within the page's time budget) and read by
 * {@link ResponseReader}; the first page of a split article is read with its parts ({@link ArticleParts}). Every
 * failure ends here as an {@link Outcome.Failed}; nothing here changes the pass.
 */
final class PageProcessor {
    private static final Logger log = LoggerFactory.getLogger(PageProcessor.class);

    private final CrawlerConfig config;
    private final HttpFetcher fetcher;
    private final RobotsCache robots;
    private final CrawlState state;
    private final CrawlMetrics metrics;
    private final ResponseReader reader;
    private final ArticleParts parts;

    PageProcessor(CrawlerConfig config, CrawlState state, CrawlMetrics metrics) {
        this.config = config;
        this.fetcher = new HttpFetcher(config);
        this.robots = new RobotsCache(config, fetcher);
        this.state = state;
        this.metrics = metrics;
        // Attachment text is cut at maxBodyBytes / 3 characters: as UTF-8 JSON (at most 3 bytes a character)
        // it stays the size of a body, well under the sink's 16 MB record limit.
        this.reader = new ResponseReader(config, new DocumentDecoder(
                new AttachmentText(config.attachmentLimits().withMaxChars(Math.max(1, config.maxBodyBytes() / 3)))));
        this.parts = new ArticleParts(reader, Math.max(1, config.maxBodyBytes() / 3));
    }

    Outcome process(Task task, HostWorker worker, CrawlPass pass) {
        Instant now = config.clock().instant();
        Optional<PageMemory> memory = state.get(task.url());
        if (memory.isPresent() && !pass.everyPageDue() && !memory.get().isDue(now)) {
            return new Outcome.NotDue(Outcome.Found.links(memory.get().links()));
        }
        if (!pass.admit(task)) {
            return new Outcome.NotDue(Outcome.Found.NONE); // over budget: due again next pass
        }
        try {
            HttpResponse response = request(task, worker, memory.orElse(null), pass);
            Outcome read = reader.read(task, response, memory.orElse(null), now);
            return parts.join(task, read, memory.orElse(null), now, pass,
                    part -> pass.admit(part) ? request(part, worker, null, pass) : null);
        } catch (FetchFailure f) {
            return new Outcome.Failed(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Failed(new FetchFailure(FetchFailure.Kind.IO, "interrupted", e));
        } catch (RuntimeException e) {
            log.error("{}: unexpected failure on {}", task.portalId(), task.url(), e);
            return new Outcome.Failed(new FetchFailure(FetchFailure.Kind.IO, "internal error: " + e, e));
        }
    }

    /**
     * One request of the pass for {@code task}: the address guard on every hop, robots.txt, the politeness wait, a GET
     * (conditional when {@code memory} has validators) within the page's time budget.
     */
    private HttpResponse request(Task task, HostWorker worker, PageMemory memory, CrawlPass pass)
            throws FetchFailure, InterruptedException {
        long deadline = System.nanoTime() + task.scope().portal().budgets().pageTime().toNanos();
        HopGuard guard = hop -> AddressGuard.check(hop, task.scope());
        guard.check(task.url()); // before robots.txt: a private address is the page's failure, not a robots block
        Duration delay = task.scope().portal().politenessDelay();
        BaseRobotRules rules = robotsRules(task, worker, delay, guard, deadline);
        if (!rules.isAllowed(task.url())) {
            String why = robots.blockReason(task.url());
            throw why == null
                    ? new FetchFailure(FetchFailure.Kind.ROBOTS, "robots.txt disallows " + task.url())
                    : new FetchFailure(FetchFailure.Kind.ROBOTS_UNAVAILABLE, why);
        }
        worker.awaitTurn(max(RobotsCache.crawlDelay(rules, config.maxCrawlDelay()), delay));
        HttpResponse response = fetch(task, worker, memory, guard, deadline);
        pass.fetched();
        metrics.bytes(task.portalId(), response.body().length);
        if (!response.finalUrl().equals(task.url())) {
            Optional.ofNullable(UrlCanon.canonical(response.finalUrl())).ifPresent(pass::markSeen);
        }
        return response;
    }

    /** Closes the fetcher's kept-alive connections. */
    void close() {
        fetcher.close();
    }

    /** Starts a pass: robots.txt files that were unreachable are asked for again. */
    void newPass() {
        robots.newPass();
    }

    /** The sitemaps the cached robots.txt of {@code url}'s host lists, on that same host. */
    List<String> robotsSitemaps(String url) {
        String host = UrlCanon.hostKey(url);
        return robots.cachedSitemaps(url).stream().map(UrlCanon::canonical)
                .filter(s -> s != null && UrlCanon.hostKey(s).equals(host)).toList();
    }

    private HttpResponse fetch(Task task, HostWorker worker, PageMemory memory, HopGuard guard, long deadline)
            throws FetchFailure {
        String fromHost = UrlCanon.host(task.url());
        boolean attachment = task.kind() == Task.Kind.ATTACHMENT;
        long start = System.nanoTime();
        try {
            return fetcher.fetch(task.url(), memory == null ? null : memory.etag(), memory == null ? null : memory.lastModified(),
                    target -> task.kind() == Task.Kind.SITEMAP
                            ? UrlCanon.hostKey(task.url()).equals(UrlCanon.hostKey(target)) // read only, same host only
                            : task.scope().redirectAllowed(target, fromHost, attachment),
                    guard, deadline);
        } finally {
            worker.requestEnded();
            metrics.latency(task.portalId(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private BaseRobotRules robotsRules(Task task, HostWorker worker, Duration delay, HopGuard guard, long deadline)
            throws InterruptedException {
        if (robots.fresh(task.url())) {
            return robots.rules(task.url(), guard, deadline);
        }
        worker.awaitTurn(delay);
        try {
            return robots.rules(task.url(), guard, deadline);
        } finally {
            worker.requestEnded();
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
