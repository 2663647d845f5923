package govwatch.crawler;

import java.time.Instant;
import java.util.List;

/**
 * What the crawler remembers of one URL between passes.
 *
 * @param etag         the ETag validator of the last 200 response, or null
 * @param lastModified the Last-Modified validator of the last 200 response, or null
 * @param contentHash  SHA-256 hex of the last published body bytes, or null if never published
 * @param lastFetched  when it was last fetched (200 or 304)
 * @param nextDue      when it should be fetched again
 * @param links        the in-scope links found in it last time, so that a 304 or a not-yet-due page still
 *                     leads the crawl to its children
 */
public record PageMemory(String etag, String lastModified, String contentHash, Instant lastFetched, Instant nextDue,
                         List<String> links) {
    public PageMemory {
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** Whether the page should be fetched at {@code now}. */
    public boolean isDue(Instant now) {
        return nextDue == null || !now.isBefore(nextDue);
    }
}
