package govwatch.understanding;

/**
 * One fetched document, as the crawler saw it.
 *
 * @param url         the canonical URL it was read from (or a file path for {@code analyze FILE})
 * @param contentType the media type, e.g. {@code text/html}, {@code text/plain}; may be null (then sniffed)
 * @param body        the document as Unicode text: HTML source for HTML pages, extracted text for attachments
 */
public record SourceDocument(String url, String contentType, String body) {
}
