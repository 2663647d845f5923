package govwatch.crawler;

import govwatch.crawler.fetch.FetchFailure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Text of PDF and Word (.doc/.docx/.wps) attachments, extracted with Tika's PDF and Microsoft parsers.
 * Public so that {@code govwatch analyze} can read a PDF or Word file the same way the crawler does. Thread-safe.
 */
public final class AttachmentText {
    /**
     * Media type (detected from the bytes and name) and extracted text.
     *
     * @param truncated whether the text was cut at the character cap
     */
    public record Extracted(String contentType, String text, boolean truncated) {
    }

    /** The default cap: 16 MB / 3 characters, so the text as UTF-8 JSON stays under a 16 MB Kafka record. */
    public static final int DEFAULT_MAX_CHARS = 16 * 1024 * 1024 / 3 - 64 * 1024;

    private final Tika tika = new Tika();
    private final int maxChars;

    /** With {@link #DEFAULT_MAX_CHARS}. */
    public AttachmentText() {
        this(DEFAULT_MAX_CHARS);
    }

    /**
     * @param maxChars extracted text is cut at this many characters (a small .docx can expand to far more
     *                 text than its size, a zip bomb without bound); Tika stops parsing there
     */
    public AttachmentText(int maxChars) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /**
     * @param url          the file's URL or path (its name helps detection)
     * @param declaredType the Content-Type the server sent (often application/octet-stream), or null
     */
    public Extracted extract(byte[] body, String url, String declaredType) throws FetchFailure {
        String name = url.substring(url.lastIndexOf('/') + 1);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        String type = tika.detect(body, name);
        if ("application/octet-stream".equals(type) && declaredType != null) {
            type = declaredType;
        }
        try {
            // One character over the cap tells a cut text from one of exactly maxChars characters.
            String text = tika.parseToString(new ByteArrayInputStream(body), metadata, maxChars + 1);
            boolean truncated = text.length() > maxChars;
            if (truncated) {
                int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
                text = text.substring(0, end);
            }
            return new Extracted(type, text.strip(), truncated);
        } catch (IOException | TikaException | RuntimeException e) {
            throw new FetchFailure(FetchFailure.Kind.EXTRACT, "cannot extract text of " + type + ": " + e.getMessage(), e);
        }
    }
}
