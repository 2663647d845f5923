package govwatch.understanding.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Entry point of cleaning: HTML goes through {@link HtmlCleaner}; plain text (content type text/plain, or a body
 * that does not look like HTML) goes straight to normalization, with chrome lines and page metadata taken out.
 */
public final class DocumentCleaner {

    private static final Pattern HTML_SNIFF = Pattern.compile(
            "<(?:!doctype\\s+html|html|head|body|div|p|table|meta|title|br)[\\s>/]", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_CHARS = 4096;

    private final HtmlCleaner htmlCleaner = new HtmlCleaner();

    public CleanedDocument clean(String body, String contentType) {
        if (looksLikeHtml(body, contentType)) {
            return htmlCleaner.clean(body);
        }
        return cleanText(body);
    }

    static boolean looksLikeHtml(String body, String contentType) {
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.contains("html") || ct.startsWith("text/xml") || ct.startsWith("application/xml")) {
            return true;
        }
        // Text extracted from an attachment carries the attachment's type (PDF, Word — "openxmlformats"): plain text.
        if (ct.startsWith("text/plain") || ct.startsWith("application/")) {
            return false;
        }
        String head = body.length() > SNIFF_CHARS ? body.substring(0, SNIFF_CHARS) : body;
        return HTML_SNIFF.matcher(head).find();
    }

    /** Plain text: normalize, read metadata from the lines, drop chrome lines. */
    public static CleanedDocument cleanText(String body) {
        List<String> lines = TextNormalizer.normalizeLines(body);
        PageMetadata meta = MetadataLines.read(lines, PageMetadata.empty());
        return new CleanedDocument(withoutChrome(lines), meta);
    }

    static List<String> withoutChrome(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (!ChromeFilter.isChrome(line)) {
                out.add(line);
            }
        }
        return out;
    }
}
