package govwatch.crawler.document;

import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.fetch.FetchFailure;
import govwatch.crawler.fetch.HopGuard;
import govwatch.crawler.fetch.HttpFetcher;
import govwatch.crawler.fetch.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads one document named on the command line, a file or an http(s) URL, through the crawler's own fetcher
 * (body cap, time budget, decompression guard) and {@link DocumentDecoder} — so that {@code govwatch analyze} sees
 * a page exactly as the crawler would have published it, and a bomb is refused the same way. A person asked once:
 * no retries.
 */
public final class SourceReader {
    /** The largest file or body read. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final Duration URL_BUDGET = Duration.ofSeconds(60);

    /** @param url the URL read, or the file's {@code file:} URI */
    public record Source(String url, DocumentDecoder.Text text) {
    }

    private final DocumentDecoder decoder = new DocumentDecoder(new AttachmentText());

    /** @throws IOException with a sentence naming the file or URL and what went wrong */
    public Source read(String source) throws IOException {
        if (source.startsWith("http://") || source.startsWith("https://")) {
            return url(source);
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
        // .txt is text; anything else that is not a document (.html, .shtml, .jsp, no extension …) is sniffed.
        String type = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt") ? "text/plain" : null;
        String uri = file.toAbsolutePath().toUri().toString();
        return new Source(uri, decode(uri, Files.readAllBytes(file), type, null, false));
    }

    private Source url(String url) throws IOException {
        HttpResponse r;
        try (HttpFetcher fetcher = new HttpFetcher(CrawlerConfig.defaults().toBuilder().maxBodyBytes(MAX_BYTES).maxRetries(0).build())) {
            r = fetcher.fetch(url, null, null, u -> true, HopGuard.NONE, System.nanoTime() + URL_BUDGET.toNanos());
        } catch (FetchFailure f) {
            throw new IOException(url + ": " + f.kind().tag() + ": " + f.getMessage(), f);
        }
        if (r.status() < 200 || r.status() >= 300) {
            throw new IOException(url + ": the server answered HTTP " + r.status());
        }
        return new Source(url, decode(url, r.body(), r.contentType(), r.headerCharset(), r.truncated()));
    }

    private DocumentDecoder.Text decode(String url, byte[] body, String type, String charset, boolean truncated)
            throws IOException {
        try {
            DocumentDecoder.Decoded d = decoder.decode(body, url, type, charset, null, truncated);
            if (d instanceof DocumentDecoder.Text text) {
                return text;
            }
            throw new IOException(url + ": " + type + " is not a page or document govwatch reads (HTML, text, PDF, Word)");
        } catch (FetchFailure f) {
            throw new IOException(url + ": cannot read: " + f.getMessage(), f);
        }
    }
}
