package govwatch.crawler.document;

import govwatch.crawler.fetch.CharsetSniffer;
import govwatch.crawler.fetch.FetchFailure;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one way govwatch turns fetched bytes into text, used by the crawler for every page and by
 * {@code govwatch analyze} for a file or URL: routes by content type (and the link's file name), decodes HTML and
 * text by {@link CharsetSniffer}'s rules, extracts PDF and Word through {@link AttachmentText} (bounded memory and
 * time), and refuses binary junk served as text. Thread-safe.
 */
public final class DocumentDecoder {
    /** How a body is read. */
    public enum Route { HTML, TEXT, DOCUMENT, SKIP }

    /** What {@link #decode} made of a body: {@link Text} or {@link Skipped}. */
    public sealed interface Decoded permits Text, Skipped {
    }

    /** A body that is not text (images, archives ...): remembered by the crawler, never published. */
    public record Skipped(String contentType) implements Decoded {
    }

    /**
     * Decoded text.
     *
     * @param contentType the media type (for documents: as detected from the bytes)
     * @param charset     the charset HTML and text were decoded with; null for documents
     * @param truncated   whether body or text was cut at its cap
     */
    public record Text(Route route, String contentType, Charset charset, String text, boolean truncated) implements Decoded {
    }

    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> TEXT = Set.of("text/plain", "text/xml", "application/xml");
    private static final Set<String> DOCUMENTS = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-works",
            "application/kswps", "application/wps-office.doc", "application/wps-office.docx", "application/wps-office.wps");
    private static final Pattern DOCUMENT_NAME = Pattern.compile("\\.(pdf|doc|docx|wps)$");

    private final AttachmentText attachments;

    public DocumentDecoder(AttachmentText attachments) {
        this.attachments = attachments;
    }

    /**
     * The route of a body: HTML and text types first (a document link that answers with a page is a page), then
     * document types or a document file name, then, with no type at all, HTML (sniffed); anything else is skipped.
     *
     * @param contentType the media type without parameters, or null when none was sent
     * @param url         the link or file name (its extension marks a document)
     */
    public static Route route(String contentType, String url) {
        String type = contentType == null ? null : contentType.toLowerCase(Locale.ROOT);
        if (type != null && HTML.contains(type)) {
            return Route.HTML;
        }
        if (type != null && TEXT.contains(type)) {
            return Route.TEXT;
        }
        if (type != null && DOCUMENTS.contains(type) || isDocumentName(url)) {
            return Route.DOCUMENT;
        }
        return type == null ? Route.HTML : Route.SKIP;
    }

    /** Whether the path of {@code url} ends like a PDF or Word file. */
    public static boolean isDocumentName(String url) {
        String path = url.replaceFirst("[?#].*$", "").toLowerCase(Locale.ROOT);
        return DOCUMENT_NAME.matcher(path).find();
    }

    /**
     * Decodes one body.
     *
     * @param headerCharset the charset the server declared, or null
     * @param override      a charset that always wins (the portal's), or null
     * @param truncated     whether the body was cut at the fetch's cap
     * @return a {@link Text}, or a {@link Skipped} for a body that is not text
     * @throws FetchFailure {@code EXTRACT} for a document that cannot be read within its limits, {@code BINARY} for
     *                      binary junk served as HTML or text
     */
    public Decoded decode(byte[] body, String url, String contentType, String headerCharset, Charset override,
                         boolean truncated) throws FetchFailure {
        Route route = route(contentType, url);
        switch (route) {
            case SKIP:
                return new Skipped(contentType);
            case DOCUMENT:
                AttachmentText.Extracted e = attachments.extract(body, url, contentType);
                return new Text(route, e.contentType(), null, ControlChars.strip(e.text()), e.truncated() || truncated);
            default:
                Charset charset = CharsetSniffer.decide(body, headerCharset, override);
                String text = CharsetSniffer.decode(body, charset, truncated);
                ControlChars.refuseJunk(text, contentType == null ? "text/html" : contentType);
                return new Text(route, contentType == null ? "text/html" : contentType, charset, ControlChars.strip(text), truncated);
        }
    }
}
