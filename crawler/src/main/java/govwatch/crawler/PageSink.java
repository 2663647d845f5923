package govwatch.crawler;

import govwatch.events.PageEvent;

/**
 * Where fetched pages go (Kafka in production, a list in tests).
 *
 * <p>Contract: {@link #publish} hands one page over and may return before it is durable (it may buffer);
 * it is called from several crawler threads at once and must be thread-safe. {@link #flush} blocks until
 * every page handed over before the call is durable, and throws (an unchecked exception) if any of them
 * could not be delivered. The crawler records a page as "already published" in its {@link CrawlState}
 * only after a successful {@code flush}, so a failed delivery is retried on the next pass.
 */
public interface PageSink {
    /** Hands over one page; thread-safe; may buffer. */
    void publish(PageEvent page);

    /** Blocks until everything published so far is durable; throws if any of it failed. */
    void flush();
}
