package govwatch.crawler;

import govwatch.events.PageEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages one pass handed to the sink whose state waits for a flush. A flush runs outside every lock the
 * host workers take (only flushes wait for each other), so publishing goes on while the sink blocks. A page
 * the sink refuses on its own ({@link PageSink#flushRejecting}) is that page's failure: its state is not
 * committed, so it is due again next pass. Any other sink failure is kept for {@link #failure()}.
 */
final class PendingPages {
    private static final Logger log = LoggerFactory.getLogger(PendingPages.class);

    /** Told about a page the sink refused. */
    interface Refusals {
        void refused(String url, String portalId, String reason);
    }

    private final PageSink sink;
    private final CrawlState state;
    private final int batchSize;
    private final Object flushing = new Object();
    private final Map<String, PageMemory> uncommitted = new LinkedHashMap<>(); // guarded by this
    private final Map<String, String> portalOf = new ConcurrentHashMap<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private RuntimeException failure; // guarded by this

    PendingPages(PageSink sink, CrawlState state, int batchSize) {
        this.sink = sink;
        this.state = state;
        this.batchSize = batchSize;
    }

    /** Hands a page to the sink; true when a batch is full and should be flushed. */
    boolean publish(String url, String portalId, PageEvent page, PageMemory memory) {
        portalOf.put(url, portalId);
        // Outside the lock (a sink may block while its buffer is full). The page is handed over before it
        // enters a batch, so the flush of that batch covers it; a refusal reported earlier is in 'refused'.
        sink.publish(page);
        synchronized (this) {
            uncommitted.put(url, memory);
            return uncommitted.size() >= batchSize;
        }
    }

    /** Flushes the sink and commits the state of the pages handed over before, except refused ones. */
    void flushAndCommit(Refusals refusals) {
        synchronized (flushing) {
            Map<String, PageMemory> batch;
            synchronized (this) {
                if (uncommitted.isEmpty()) {
                    return;
                }
                // All of these were handed to the sink before the flush below begins: durable when it returns.
                batch = new LinkedHashMap<>(uncommitted);
                uncommitted.clear();
            }
            Map<String, String> refusedNow;
            try {
                refusedNow = sink.flushRejecting();
            } catch (RuntimeException e) {
                // Not committed: these pages are due again and re-published next pass.
                log.error("page sink failed; {} pages stay uncommitted", batch.size(), e);
                synchronized (this) {
                    if (failure == null) {
                        failure = e;
                    }
                }
                return;
            }
            // A refusal may name a page of a later batch: remembered, so that its flush does not commit it.
            refusedNow.forEach((url, why) -> {
                if (refused.add(url)) {
                    refusals.refused(url, portalOf.getOrDefault(url, "?"), why);
                }
            });
            batch.forEach((url, memory) -> {
                if (!refused.remove(url)) {
                    state.put(url, memory);
                }
                // This flush covered the page: no later refusal can name it, so nothing per URL outlives its batch.
                portalOf.remove(url);
            });
        }
    }

    /** URLs with something kept for them here (handed over, not yet committed or refused): for tests. */
    int tracked() {
        return portalOf.size() + refused.size();
    }

    /** The first sink failure that was not a refused page, or null. */
    synchronized RuntimeException failure() {
        return failure;
    }
}
