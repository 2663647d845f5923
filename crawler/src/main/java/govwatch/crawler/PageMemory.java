package govwatch.crawler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the crawler remembers of one URL between passes. Small whatever the page: the links kept are capped
 * ({@link #MAX_LINKS}, {@link #MAX_LINK_BYTES}) and an overlong validator is dropped ({@link #MAX_VALIDATOR_CHARS}),
 * so that one memory always fits a stock Kafka record (1 MB) with room to spare.
 *
 * @param etag         the ETag validator of the last 200 response, or null
 * @param lastModified the Last-Modified validator of the last 200 response, or null
 * @param contentHash  SHA-256 hex of the last published body bytes, or null if never published
 * @param lastFetched  when it was last fetched (200 or 304)
 * @param nextDue      when it should be fetched again
 * @param links        the in-scope links found in it last time (the first ones, up to the caps), so that a 304 or
 *                     a not-yet-due page still leads the crawl to its children
 * @param gonePasses   how many fetches in a row answered 404 or 410 (0 for a page that answered otherwise); a
 *                     {@link CrawlState} forgets the URL once this reaches its limit
 */
public record PageMemory(String etag, String lastModified, String contentHash, Instant lastFetched, Instant nextDue,
                         List<String> links, int gonePasses) {
    /** At most this many links are remembered per page (a page has all its links followed when it is fetched). */
    public static final int MAX_LINKS = 5_000;
    /** At most this many bytes of links (UTF-8, as in the record) are remembered per page. */
    public static final int MAX_LINK_BYTES = 512 * 1024;
    /** A validator longer than this is not a real one: dropped (the page is then fetched without it). */
    public static final int MAX_VALIDATOR_CHARS = 1024;

    public PageMemory {
        links = capped(links);
        etag = validator(etag);
        lastModified = validator(lastModified);
        gonePasses = Math.max(0, gonePasses);
    }

    /** A memory of a page that did not answer 404/410. */
    public PageMemory(String etag, String lastModified, String contentHash, Instant lastFetched, Instant nextDue,
                      List<String> links) {
        this(etag, lastModified, contentHash, lastFetched, nextDue, links, 0);
    }

    /**
     * The memory after an HTTP error answer ({@code status} not 2xx/304): validators and links are dropped, the
     * hash is kept (the same content coming back is not published twice). A 404 or 410 extends the streak of
     * {@link #gonePasses}; any other error ends it.
     *
     * @param old what was remembered before, or null
     */
    public static PageMemory afterError(PageMemory old, int status, Instant now, Instant due) {
        boolean gone = status == 404 || status == 410;
        int streak = gone ? (old == null ? 0 : old.gonePasses()) + 1 : 0;
        return new PageMemory(null, null, old == null ? null : old.contentHash(), now, due, List.of(), streak);
    }

    /** The same memory, due at {@code due} (a page the portal says changed: see {@link ChangeSignals}). */
    public PageMemory dueAt(Instant due) {
        return new PageMemory(etag, lastModified, contentHash, lastFetched, due, links, gonePasses);
    }

    /** Whether the page should be fetched at {@code now}. */
    public boolean isDue(Instant now) {
        return nextDue == null || !now.isBefore(nextDue);
    }

    private static String validator(String value) {
        return value == null || value.length() > MAX_VALIDATOR_CHARS ? null : value;
    }

    private static List<String> capped(List<String> links) {
        if (links == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>(Math.min(links.size(), MAX_LINKS));
        long bytes = 0;
        for (String link : links) {
            bytes += utf8Length(link) + 3; // quotes and comma in the JSON array
            if (kept.size() == MAX_LINKS || bytes > MAX_LINK_BYTES) {
                break;
            }
            kept.add(link);
        }
        return List.copyOf(kept);
    }

    /** The length in a UTF-8 JSON string, or a little more (a surrogate pair counts 6 instead of 4): a bound, cheap. */
    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x20 ? 6 : c == '"' || c == '\\' ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3; // JSON escapes
        }
        return n;
    }
}
