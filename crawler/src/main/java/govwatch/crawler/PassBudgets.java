package govwatch.crawler;

import govwatch.crawler.seed.PortalSeed;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The per-portal budgets of one pass ({@link PortalSeed.Budgets}): requests started, the portal's share of pass
 * time, links dropped; and, for the summary and the portal events, which budget each portal hit. Thread-safe.
 */
final class PassBudgets {
    private final long startNanos = System.nanoTime();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> overPages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> overTime = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> droppedLinks = new ConcurrentHashMap<>();

    /**
     * Whether the portal may request one more URL in this pass; counts it if so, counts the skip if not (the
     * URL is not remembered, so it is due in the next pass).
     */
    boolean admit(PortalSeed portal) {
        PortalSeed.Budgets b = portal.budgets();
        if (System.nanoTime() - startNanos > b.passTime().toNanos()) {
            count(overTime, portal.id());
            return false;
        }
        if (requests.computeIfAbsent(portal.id(), id -> new AtomicInteger()).incrementAndGet() > b.maxPagesPerPass()) {
            count(overPages, portal.id());
            return false;
        }
        return true;
    }

    /** A page had more in-scope links than the links-per-page budget. */
    void droppedLinks(String portalId, int dropped) {
        if (dropped > 0) {
            droppedLinks.computeIfAbsent(portalId, id -> new AtomicInteger()).addAndGet(dropped);
        }
    }

    /** Portal id → what budgets it hit, in words; only portals that hit one. */
    Map<String, String> hits(Map<String, PortalSeed> portals) {
        Map<String, String> out = new TreeMap<>();
        portals.forEach((id, p) -> {
            PortalSeed.Budgets b = p.budgets();
            StringBuilder s = new StringBuilder();
            note(s, overPages, id, n -> "maxPagesPerPass " + b.maxPagesPerPass() + " reached, " + n + " URLs left for the next pass");
            note(s, overTime, id, n -> "passTime " + b.passTime().toSeconds() + " s spent, " + n + " URLs left for the next pass");
            note(s, droppedLinks, id, n -> "maxLinksPerPage " + b.maxLinksPerPage() + " exceeded, " + n + " links dropped");
            if (!s.isEmpty()) {
                out.put(id, s.toString());
            }
        });
        return out;
    }

    long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    private static void count(Map<String, AtomicInteger> m, String id) {
        m.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    }

    private static void note(StringBuilder s, Map<String, AtomicInteger> m, String id,
                             java.util.function.IntFunction<String> text) {
        AtomicInteger n = m.get(id);
        if (n != null) {
            s.append(s.isEmpty() ? "budget: " : "; ").append(text.apply(n.get()));
        }
    }
}
