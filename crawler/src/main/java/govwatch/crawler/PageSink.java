package govwatch.crawler;

import govwatch.events.PageEvent;
import java.util.Map;

/**
 * Where fetched pages go (Kafka in production, a list in tests).
 *
 * <p>Contract: {@link #publish} hands one page over and may return before it is durable (it may buffer);
 * it is called from several crawler threads at once and must be thread-safe. {@link #flush} blocks until
 * every page handed over before the call is durable, and throws (an unchecked exception) if any of them
 * could not be delivered. {@link #flushRejecting} is the same, except that a page refused for a reason of
 * its own (too large, unserializable) is reported instead of failing the call. The crawler records a page
 * as "already published" in its {@link CrawlState} only after a successful flush that did not report it,
 * so a failed delivery is retried on the next pass.
 */
public interface PageSink {
    /** Hands over one page; thread-safe; may buffer. If it throws, the page was not handed over. */
    void publish(PageEvent page);

    /** Blocks until everything published so far is durable; throws if any of it failed. */
    void flush();

    /**
     * Blocks like {@link #flush}, but a page refused for a reason of its own (one that would fail it again,
     * such as exceeding the record size limit) does not fail the call: it is returned, URL → reason, and
     * every page handed over before the call that is not returned is durable. Each refused page is returned
     * by exactly one call, possibly a later one or one that began before it was handed over (when calls
     * overlap or a page is refused while a call is blocked). Any other failure is thrown as by {@code flush},
     * and then no page handed over since the last successful call is known to be durable.
     *
     * <p>The default calls {@link #flush} and reports no refused page.
     *
     * @return the URLs of the refused pages with why; empty when all were delivered
     */
    default Map<String, String> flushRejecting() {
        flush();
        return Map.of();
    }
}
