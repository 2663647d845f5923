package govwatch.crawler;

import java.util.Optional;

/**
 * The crawler's memory of every URL it fetched: validators, content hash, last fetch, next due time.
 *
 * <p>Contract: keyed by canonical URL; thread-safe (called from several host workers at once); a
 * {@link #put} is visible to a following {@link #get} at once. A URL that answered 404/410 on
 * {@link #FORGET_GONE_AFTER} fetches in a row ({@link PageMemory#gonePasses()}) is forgotten by the put that
 * records the last of them, instead of being remembered: a URL that comes back is then a new URL. A persistent
 * implementation (Kafka) makes a restarted crawler neither re-fetch everything nor re-publish unchanged pages.
 */
public interface CrawlState {
    /** The default number of 404/410 answers in a row (each a pass apart at least) after which a URL is forgotten. */
    int FORGET_GONE_AFTER = 3;

    /** What was remembered of {@code url}, if anything. */
    Optional<PageMemory> get(String url);

    /** Remembers {@code memory} for {@code url}, replacing what was there; or forgets the URL when it is gone. */
    void put(String url, PageMemory memory);
}
