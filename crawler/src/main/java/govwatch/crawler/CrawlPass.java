package govwatch.crawler;

import govwatch.crawler.discovery.Scope;
import govwatch.crawler.discovery.UrlCanon;
import govwatch.crawler.fetch.FetchFailure;
import govwatch.events.PageEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bookkeeping of one {@link Crawler#crawlOnce()}: which URLs were already queued, how many tasks are
 * outstanding, the counters of the summary; the published pages whose state waits for a sink flush are
 * kept by {@link PendingPages}.
 */
final class CrawlPass {
    private static final Logger log = LoggerFactory.getLogger(CrawlPass.class);

    private final CrawlState state;
    private final Function<String, HostWorker> workers;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Set<String> sitemapsOffered = ConcurrentHashMap.newKeySet();
    private final Set<String> portalsReached = ConcurrentHashMap.newKeySet();
    private final HostStreaks hostStreaks;
    private final Map<String, String> portalErrors = new ConcurrentHashMap<>();
    private final AtomicInteger fetched = new AtomicInteger();
    private final AtomicInteger published = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final PendingPages pendingPages;
    private final boolean everyPageDue;
    private volatile boolean cancelled;
    private int pending;

    CrawlPass(CrawlerConfig config, PageSink sink, CrawlState state, Function<String, HostWorker> workers,
              boolean everyPageDue) {
        this.state = state;
        this.pendingPages = new PendingPages(sink, state, config.publishBatch());
        this.hostStreaks = new HostStreaks(config.hostFailureLimit());
        this.workers = workers;
        this.everyPageDue = everyPageDue;
    }

    /** Stops the pass early: nothing new is queued, queued pages are skipped, pages in flight finish. */
    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }

    /** Whether this pass checks every known page, due or not. */
    boolean everyPageDue() {
        return everyPageDue;
    }

    /** Queues a task unless its URL was queued before in this pass or its host has been given up. */
    void submit(Scope scope, String url, int depth, String parent, Task.Kind kind) {
        String host = UrlCanon.hostKey(url);
        if (cancelled || hostGivenUp(host) || !seen.add(url)) {
            return;
        }
        synchronized (this) {
            pending++;
        }
        workers.apply(host).enqueue(new Task(this, scope, url, depth, parent, kind));
    }

    /** Queues the in-scope children of {@code task}'s page. */
    void expand(Task task, List<String> links) {
        String fromHost = UrlCanon.host(task.url());
        for (String link : links) {
            switch (task.scope().classify(link, fromHost)) {
                case PAGE -> {
                    if (task.depth() < task.scope().portal().maxDepth()) {
                        submit(task.scope(), link, task.depth() + 1, task.url(), Task.Kind.PAGE);
                    }
                }
                case ATTACHMENT -> submit(task.scope(), link, task.depth() + 1, task.url(), Task.Kind.ATTACHMENT);
                case OUT -> { }
            }
        }
    }

    /** Marks a URL as visited (the target of a redirect), so that no link queues it again. */
    void markSeen(String url) {
        seen.add(url);
    }

    /** True the first time a (host, portal) pair asks, so that a host's sitemaps are read once per portal per pass. */
    boolean firstSitemapOffer(String host, String portalId) {
        return sitemapsOffered.add(host + " " + portalId);
    }

    boolean hostGivenUp(String host) {
        return hostStreaks.givenUp(host);
    }

    /** A start page of the portal was handled (or was not due): the portal is not down. */
    void reached(Task task) {
        if (task.depth() == 0 && task.kind() == Task.Kind.PAGE) {
            portalsReached.add(task.portalId());
        }
    }

    /** Whether any start page of the portal was handled in this pass. */
    boolean reached(String portalId) {
        return portalsReached.contains(portalId);
    }

    /** A request got an HTTP response. */
    void fetched() {
        fetched.incrementAndGet();
    }

    /** A page of the host was handled without failure: its failure streak ends. */
    void hostOk(String host) {
        hostStreaks.ok(host);
    }

    void unchanged(Task task, PageMemory memory) {
        unchanged.incrementAndGet();
        state.put(task.url(), memory);
    }

    void notModified(Task task, PageMemory memory) {
        notModified.incrementAndGet();
        state.put(task.url(), memory);
    }

    /** A page seen but not published (a sitemap, a non-text body): only remembered. */
    void remember(Task task, PageMemory memory) {
        state.put(task.url(), memory);
    }

    /** Publishes a page; its memory is committed after the next sink flush that delivered it. */
    void publish(Task task, PageEvent page, PageMemory memory) {
        boolean flushNow = pendingPages.publish(task.url(), task.portalId(), page, memory);
        published.incrementAndGet();
        if (flushNow) {
            flushAndCommit();
        }
    }

    void robotsBlocked(Task task) {
        log.info("{}: robots.txt disallows {}", task.portalId(), task.url());
        if (task.depth() == 0 && task.kind() == Task.Kind.PAGE) {
            portalErrors.put(task.portalId(), "robots.txt disallows start URL " + task.url());
        }
    }

    void failed(Task task, FetchFailure f) {
        errors.incrementAndGet();
        portalErrors.put(task.portalId(), task.url() + ": " + f.kind().tag() + ": " + f.getMessage());
        log.warn("{}: {} failed ({}): {}", task.portalId(), task.url(), f.kind().tag(), f.getMessage());
        hostStreaks.failed(UrlCanon.hostKey(task.url()), f.kind());
    }

    /** A task whose processing threw unexpectedly (a bug or a linkage error): counted, logged with its stack. */
    void crashed(Task task, Throwable e) {
        errors.incrementAndGet();
        portalErrors.put(task.portalId(), task.url() + ": internal error: " + e);
        log.error("{}: crawling {} failed unexpectedly", task.portalId(), task.url(), e);
    }

    /** A task finished (whatever its outcome). */
    synchronized void done() {
        if (--pending == 0) {
            notifyAll();
        }
    }

    synchronized void awaitDone() throws InterruptedException {
        while (pending > 0) {
            wait();
        }
    }

    /** Flushes the sink (outside the pass's lock) and commits what it delivered; see {@link PendingPages}. */
    void flushAndCommit() {
        pendingPages.flushAndCommit(this::refused);
    }

    /** A page the sink refused (too large ...): counted as failed, not published, its state not committed. */
    private void refused(String url, String portalId, String reason) {
        published.decrementAndGet();
        errors.incrementAndGet();
        portalErrors.put(portalId, url + ": publish: " + reason);
        log.warn("{}: publishing {} failed: {}", portalId, url, reason);
    }

    /** The summary; throws the sink's failure if publishing failed (that is not a portal failure). */
    CrawlSummary summary() {
        flushAndCommit();
        RuntimeException sinkFailure = pendingPages.failure();
        if (sinkFailure != null) {
            throw sinkFailure;
        }
        return new CrawlSummary(fetched.get(), published.get(), unchanged.get(), notModified.get(), errors.get(), portalErrors);
    }
}
