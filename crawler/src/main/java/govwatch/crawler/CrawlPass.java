package govwatch.crawler;

import govwatch.crawler.discovery.Scope;
import govwatch.crawler.discovery.UrlCanon;
import govwatch.crawler.fetch.FetchFailure;
import govwatch.crawler.seed.PortalSeed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link Crawler#crawlOnce()}: the frontier (which URLs were queued, how many tasks are outstanding) and the one
 * place where an {@link Outcome} is carried out ({@link #apply}): counters, crawl state, publishing (via
 * {@link PendingPages}), host failure streaks, and queueing what was found. URLs that failed in the previous pass
 * are queued behind every other URL of their host; the per-portal budgets are kept by {@link PassBudgets}.
 */
final class CrawlPass {
    private static final Logger log = LoggerFactory.getLogger(CrawlPass.class);

    private final CrawlState state;
    private final Function<String, HostWorker> workers;
    private final PageProcessor processor;
    private final CrawlMetrics metrics;
    private final Set<String> failedBefore;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Set<String> sitemapsOffered = ConcurrentHashMap.newKeySet();
    private final Set<String> notDue = ConcurrentHashMap.newKeySet();
    private final Set<String> portalsReached = ConcurrentHashMap.newKeySet();
    private final HostStreaks hostStreaks;
    private final PassBudgets budgets = new PassBudgets();
    private final PassTally tally = new PassTally();
    private final PendingPages pendingPages;
    private final ChangeSignals changeSignals;
    private final boolean everyPageDue;
    private volatile boolean cancelled;
    private int pending;

    CrawlPass(CrawlerConfig config, PageSink sink, CrawlState state, Function<String, HostWorker> workers,
              PageProcessor processor, CrawlMetrics metrics, boolean everyPageDue, Set<String> failedBefore) {
        this.state = state;
        this.pendingPages = new PendingPages(sink, state, config.publishBatch());
        this.hostStreaks = new HostStreaks(config.hostFailureLimit());
        this.changeSignals = new ChangeSignals(state, config.clock());
        this.workers = workers;
        this.processor = processor;
        this.metrics = metrics;
        this.everyPageDue = everyPageDue;
        this.failedBefore = failedBefore;
    }

    /** Stops the pass early: nothing new is queued, queued pages are skipped, pages in flight finish. */
    void cancel() {
        cancelled = true;
    }

    /** Whether this pass checks every known page, due or not. */
    boolean everyPageDue() {
        return everyPageDue;
    }

    /** Queues a task unless its URL was queued before in this pass or its host has been given up. */
    void submit(Scope scope, String url, int depth, String parent, Task.Kind kind) {
        String host = UrlCanon.hostKey(url);
        if (cancelled || hostStreaks.givenUp(host) || !seen.add(url)) {
            return;
        }
        synchronized (this) {
            pending++;
        }
        HostWorker worker = workers.apply(host);
        Task task = new Task(scope, url, depth, parent, kind);
        worker.enqueue(() -> run(task, worker), failedBefore.contains(url));
    }

    /** The job of one task on its host's worker: never throws, always counts the task done. */
    private void run(Task task, HostWorker worker) {
        try {
            if (cancelled || hostStreaks.givenUp(worker.host())) {
                return;
            }
            apply(task, processor.process(task, worker, this));
            offerSitemaps(task, worker.host(), processor.robotsSitemaps(task.url()));
        } catch (RuntimeException | Error e) {
            // Must not end the worker's loop: queued tasks would never run and the pass would never finish.
            tally.error(task.portalId(), null, task.url() + ": internal error: " + e);
            log.error("{}: crawling {} failed unexpectedly", task.portalId(), task.url(), e);
        } finally {
            done();
        }
    }

    /** Whether the portal's budgets allow one more request in this pass (counted if so). */
    boolean admit(Task task) {
        return budgets.admit(task.scope().portal());
    }

    /** Carries out what visiting {@code task} came to. */
    void apply(Task task, Outcome outcome) {
        String portal = task.portalId();
        String host = UrlCanon.hostKey(task.url());
        if (outcome instanceof Outcome.Failed f) {
            failed(task, f);
            return;
        }
        if (task.isStart()) {
            portalsReached.add(portal);
        }
        if (outcome instanceof Outcome.NotDue) {
            notDue.add(task.url());
            expand(task, outcome.found());
            return;
        }
        hostStreaks.ok(host);
        if (outcome instanceof Outcome.NotModified n) {
            tally.notModified.incrementAndGet();
            metrics.page(portal, "not_modified");
            state.put(task.url(), n.memory());
        } else if (outcome instanceof Outcome.Unchanged u) {
            tally.unchanged.incrementAndGet();
            metrics.page(portal, "unchanged");
            state.put(task.url(), u.memory());
        } else if (outcome instanceof Outcome.Remember r) {
            metrics.page(portal, r.tag());
            state.put(task.url(), r.memory());
        } else if (outcome instanceof Outcome.Publish p) {
            metrics.page(portal, "ok");
            tally.published.incrementAndGet();
            if (pendingPages.publish(task.url(), portal, p.page(), p.memory())) {
                flushAndCommit();
            }
        }
        expand(task, outcome.found());
    }

    private void failed(Task task, Outcome.Failed f) {
        FetchFailure failure = f.failure();
        if (f.memory() != null) {
            state.put(task.url(), f.memory());
        }
        metrics.page(task.portalId(), failure.kind().tag());
        if (failure.kind() == FetchFailure.Kind.ROBOTS) {
            metrics.robotsBlocked(task.portalId());
            log.info("{}: {}", task.portalId(), failure.getMessage());
            if (task.isStart()) {
                tally.note(task.portalId(), failure.getMessage());
            }
            return;
        }
        tally.error(task.portalId(), task.url(), task.url() + ": " + failure.kind().tag() + ": " + failure.getMessage());
        log.warn("{}: {} failed ({}): {}", task.portalId(), task.url(), failure.kind().tag(), failure.getMessage());
        hostStreaks.failed(UrlCanon.hostKey(task.url()), failure.kind());
    }

    /**
     * Queues what a page led to: in-scope children (pages within the depth limit, attachments) and sitemaps; known
     * children the portal dates after their last fetch are made due first ({@link ChangeSignals}).
     */
    private void expand(Task task, Outcome.Found found) {
        budgets.droppedLinks(task.portalId(), found.dropped());
        if (!everyPageDue) { // a pass that checks every page needs no signal
            // Made due now; one passed over as not due in this pass is queued again (one still queued is fetched).
            changeSignals.apply(task.portalId(), found.changed()).stream().filter(notDue::remove).forEach(seen::remove);
        }
        String fromHost = UrlCanon.host(task.url());
        for (String link : found.links()) {
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
        found.sitemaps().forEach(s -> submit(task.scope(), s, task.depth(), null, Task.Kind.SITEMAP));
    }

    /** Queues the sitemaps robots.txt lists (same host only), once per host and portal and pass. */
    private void offerSitemaps(Task task, String host, List<String> sitemaps) {
        if (!sitemaps.isEmpty() && sitemapsOffered.add(host + " " + task.portalId())) {
            sitemaps.forEach(s -> submit(task.scope(), s, 0, null, Task.Kind.SITEMAP));
        }
    }

    /** Marks a URL as visited (the target of a redirect), so that no link queues it again. */
    void markSeen(String url) {
        seen.add(url);
    }

    /** Whether any start page of the portal was handled in this pass. */
    boolean reached(String portalId) {
        return portalsReached.contains(portalId);
    }

    /** A request got an HTTP response. */
    void fetched() {
        tally.fetched.incrementAndGet();
    }

    /** The URLs that failed in this pass (queued at the back of their host next pass). */
    Set<String> failedUrls() {
        return tally.failedUrls();
    }

    private synchronized void done() {
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
        tally.published.decrementAndGet();
        tally.error(portalId, url, url + ": publish: " + reason);
        log.warn("{}: publishing {} failed: {}", portalId, url, reason);
    }

    /** The summary; throws the sink's failure if publishing failed (that is not a portal failure). */
    CrawlSummary summary(Map<String, PortalSeed> portals) {
        flushAndCommit();
        RuntimeException sinkFailure = pendingPages.failure();
        if (sinkFailure != null) {
            throw sinkFailure;
        }
        return tally.summary(budgets, portals);
    }
}
