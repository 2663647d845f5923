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
    /** Media type (detected from the bytes and name) and extracted text. */
    public record Extracted(String contentType, String text) {
    }

    private final Tika tika = new Tika();

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
            String text = tika.parseToString(new ByteArrayInputStream(body), metadata, -1);
            return new Extracted(type, text.strip());
        } catch (IOException | TikaException | RuntimeException e) {
            throw new FetchFailure(FetchFailure.Kind.EXTRACT, "cannot extract text of " + type + ": " + e.getMessage(), e);
        }
    }
}
