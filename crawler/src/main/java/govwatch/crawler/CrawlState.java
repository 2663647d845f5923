package govwatch.crawler;

import java.util.Optional;

/**
 * The crawler's memory of every URL it fetched: validators, content hash, last fetch, next due time.
 *
 * <p>Contract: keyed by canonical URL; thread-safe (called from several host workers at once); a
 * {@link #put} is visible to a following {@link #get} at once. A persistent implementation (Kafka) makes a
 * restarted crawler neither re-fetch everything nor re-publish unchanged pages.
 */
public interface CrawlState {
    /** What was remembered of {@code url}, if anything. */
    Optional<PageMemory> get(String url);

    /** Remembers {@code memory} for {@code url}, replacing what was there. */
    void put(String url, PageMemory memory);
}
