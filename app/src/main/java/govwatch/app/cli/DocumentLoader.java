package govwatch.app.cli;

import govwatch.crawler.fetch.CharsetSniffer;
import govwatch.understanding.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/** Reads the one document {@code analyze} is given, from a file or a URL, decoding its charset as the crawler does. */
final class DocumentLoader {

    private static final int MAX_BYTES = 16 * 1024 * 1024;

    private DocumentLoader() {
    }

    static SourceDocument load(String source) throws IOException {
        if (source.startsWith("http://") || source.startsWith("https://")) {
            Connection.Response response = Jsoup.connect(source).ignoreContentType(true).maxBodySize(MAX_BYTES)
                    .userAgent("govwatch/0.1 (analyze)").execute();
            String type = response.contentType();
            return new SourceDocument(source, type, decode(response.bodyAsBytes(), response.charset()));
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
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString().toLowerCase();
        String type = name.endsWith(".html") || name.endsWith(".htm") ? "text/html" : "text/plain";
        return new SourceDocument(file.toAbsolutePath().toUri().toString(), type, decode(body, null));
    }

    /** The crawler's decoding: BOM, declared charset if the bytes agree, detection; GB2312/GBK as GB18030. */
    private static String decode(byte[] body, String declaredCharset) {
        return CharsetSniffer.decode(body, CharsetSniffer.decide(body, declaredCharset, null), false);
    }
}
