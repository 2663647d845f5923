package govwatch.understanding;

/**
 * One fetched document, as the crawler saw it.
 *
 * @param url         the canonical URL it was read from (or a file path for {@code analyze FILE})
 * @param contentType the media type, e.g. {@code text/html}, {@code text/plain}; may be null (then sniffed)
 * @param body        the document as Unicode text: HTML source for HTML pages, extracted text for attachments
 * @param countyCode  the county the portal publishes for, as its seed file declares it (6 or 12 digits), else null;
 *                    tells apart same-named townships (see {@code govwatch.understanding.place.PlaceResolver})
 */
public record SourceDocument(String url, String contentType, String body, String countyCode) {

    /** A document from a portal that declares no county. */
    public SourceDocument(String url, String contentType, String body) {
        this(url, contentType, body, null);
    }
}
