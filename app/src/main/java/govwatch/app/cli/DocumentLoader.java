package govwatch.app.cli;

import govwatch.crawler.AttachmentText;
import govwatch.crawler.fetch.CharsetSniffer;
import govwatch.crawler.fetch.FetchFailure;
import govwatch.understanding.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/**
 * Reads the one document {@code analyze} is given, from a file or a URL, the way the crawler reads a page:
 * HTML and text decoded by the crawler's charset rules (GB2312/GBK as GB18030), PDF and Word through the
 * crawler's attachment extraction.
 */
final class DocumentLoader {

    private static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final Set<String> ATTACHMENTS = Set.of("pdf", "doc", "docx", "wps");

    private DocumentLoader() {
    }

    static SourceDocument load(String source) throws IOException {
        if (source.startsWith("http://") || source.startsWith("https://")) {
            Connection.Response response = Jsoup.connect(source).ignoreContentType(true).maxBodySize(MAX_BYTES)
                    .userAgent("govwatch/0.1 (analyze)").execute();
            return document(source, response.bodyAsBytes(), response.contentType(), response.charset());
        }
        Path file = Path.of(source);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(source, null, "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new IOException(source + ": not readable");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(source + ": larger than " + MAX_BYTES + " bytes");
        }
        String ext = extension(file.getFileName().toString());
        // .txt is text; anything else that is not an attachment (.html, .shtml, .jsp, no extension …) is sniffed.
        String type = ext.equals("txt") ? "text/plain" : null;
        return document(file.toAbsolutePath().toUri().toString(), Files.readAllBytes(file), type, null);
    }

    private static SourceDocument document(String url, byte[] body, String contentType, String declaredCharset)
            throws IOException {
        if (ATTACHMENTS.contains(extension(url))
                || contentType != null && (contentType.startsWith("application/pdf") || contentType.contains("word"))) {
            try {
                AttachmentText.Extracted text = new AttachmentText().extract(body, url, contentType);
                return new SourceDocument(url, text.contentType(), text.text());
            } catch (FetchFailure e) {
                throw new IOException(url + ": cannot extract text: " + e.getMessage(), e);
            }
        }
        String text = CharsetSniffer.decode(body, CharsetSniffer.decide(body, declaredCharset, null), false);
        return new SourceDocument(url, contentType, text);
    }

    private static String extension(String name) {
        String path = name.replaceFirst("[?#].*$", "");
        return path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
