package govwatch.crawler;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-checks an article early when its portal says it changed. An article page is otherwise fetched again only every
 * {@code articleRecheck}; a list page or sitemap is read every {@code recrawl}. When one of those, answering with a
 * body (not a 304), dates a link — a sitemap's {@code <lastmod>}, a date beside the link on a list page
 * ({@link govwatch.crawler.discovery.ListDates}) — later than our last fetch of that page, the page is made due
 * now: fetched in this pass when it is still queued or is queued again (passed over as not due earlier in the pass),
 * else in the next one.
 *
 * <p>Honest limits: a bare date is the start of that day (Asia/Shanghai), so a revision on the day of our last fetch
 * waits for {@code articleRecheck}; a list page answering 304 has not changed, so it carries no new dates; a sitemap
 * whose entries all bear one stamp ({@value #GENERATION_STAMP_MIN} or more) dates its generation, not the pages, and
 * is ignored. A page not known yet needs no signal: it is fetched when found.
 */
final class ChangeSignals {
    private static final Logger log = LoggerFactory.getLogger(ChangeSignals.class);
    /** At least this many sitemap entries with one and the same lastmod: a generation stamp, not change dates. */
    static final int GENERATION_STAMP_MIN = 10;

    private final CrawlState state;
    private final Clock clock;

    ChangeSignals(CrawlState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    /** Makes every remembered page of {@code changed} due now whose date is after its last fetch; returns those. */
    Set<String> apply(String portalId, Map<String, Instant> changed) {
        Instant now = clock.instant();
        Set<String> marked = new HashSet<>();
        for (Map.Entry<String, Instant> e : changed.entrySet()) {
            Optional<PageMemory> memory = state.get(e.getKey());
            if (memory.isPresent() && !memory.get().isDue(now) && memory.get().lastFetched() != null
                    && e.getValue().isAfter(memory.get().lastFetched())) {
                state.put(e.getKey(), memory.get().dueAt(now));
                log.debug("{}: {} changed at {} by the portal's word: re-checked now", portalId, e.getKey(), e.getValue());
                marked.add(e.getKey());
            }
        }
        return marked;
    }

    /** A sitemap's lastmod per page, or none when they are all one generation stamp. */
    static Map<String, Instant> sitemapDates(Map<String, Instant> lastmods) {
        boolean oneStamp = lastmods.size() >= GENERATION_STAMP_MIN && lastmods.values().stream().distinct().count() == 1;
        return oneStamp ? Map.of() : lastmods;
    }
}
