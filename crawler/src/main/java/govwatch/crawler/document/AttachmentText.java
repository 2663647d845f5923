package govwatch.crawler.document;

import govwatch.crawler.fetch.FetchFailure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Text of PDF and Word (.doc/.docx/.wps) attachments, extracted with Tika's PDF and Microsoft parsers, in bounded
 * memory and time: a zip container is inspected by {@link ZipGuard} before any parser sees it (a zip bomb is
 * refused, never inflated); .docx is read with Tika's streaming (SAX) extractor, not a DOM of document.xml; the
 * text handler stops the parse at the character cap and at the time budget; and the parse runs on a small shared
 * pool whose future is abandoned (and interrupted) when the budget is spent. Every refusal is a
 * {@link FetchFailure} of kind {@code EXTRACT} with a reason. Thread-safe.
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

    /**
     * What one document may cost.
     *
     * @param maxChars         extracted text is cut here (a small .docx can expand to far more text than its size)
     * @param maxExpandedBytes a zip container (.docx) expanding past this in total is refused before parsing
     * @param maxRatio         a zip entry expanding more than this many times its compressed size is refused
     * @param timeBudget       the whole extraction, waiting for a pool thread included
     */
    public record Limits(int maxChars, long maxExpandedBytes, int maxRatio, Duration timeBudget) {
        /**
         * 64 MiB expanded (a long report's document.xml is a few MB), 500:1 (real documents expand 5 to 20 times,
         * very repetitive text a few hundred; deflate cannot exceed about 1030:1, so the size cap is the main
         * guard), one minute.
         */
        public static final Limits DEFAULTS = new Limits(DEFAULT_MAX_CHARS, 64L * 1024 * 1024, 500, Duration.ofSeconds(60));

        public Limits {
            if (maxChars <= 0 || maxExpandedBytes <= 0 || maxRatio <= 0 || timeBudget.isNegative() || timeBudget.isZero()) {
                throw new IllegalArgumentException("attachment limits must be positive: " + maxChars + ", "
                        + maxExpandedBytes + ", " + maxRatio + ", " + timeBudget);
            }
        }

        public Limits withMaxChars(int chars) {
            return new Limits(chars, maxExpandedBytes, maxRatio, timeBudget);
        }
    }

    /** Extraction is CPU-bound: two threads for the whole JVM, a bounded queue; a full queue refuses at once. */
    private static final ExecutorService POOL = pool();

    static {
        // POI's own zip checks, the second line behind ZipGuard (global POI settings: this JVM extracts only here).
        ZipSecureFile.setMinInflateRatio(1.0 / Limits.DEFAULTS.maxRatio());
        ZipSecureFile.setMaxEntrySize(Limits.DEFAULTS.maxExpandedBytes());
    }

    /**
     * Tika's detector and parsers, made on the first attachment: loading them (every parser's classes, the MIME types
     * XML) took 1.9 CPU s and 1.1 s in a JVM of its own, about 0.5 CPU s of a {@code demo}, which like a crawl of HTML
     * pages and {@code analyze} of a page never needs them. Both are thread-safe, so one pair serves every instance.
     */
    private static final class Tools {
        static final Tika TIKA = new Tika();
        static final AutoDetectParser PARSER = new AutoDetectParser();
    }

    private final Limits limits;

    /** With {@link Limits#DEFAULTS}. */
    public AttachmentText() {
        this(Limits.DEFAULTS);
    }

    /** With the default limits and another character cap. */
    public AttachmentText(int maxChars) {
        this(Limits.DEFAULTS.withMaxChars(maxChars));
    }

    public AttachmentText(Limits limits) {
        this.limits = limits;
    }

    /**
     * @param url          the file's URL or path (its name helps detection)
     * @param declaredType the Content-Type the server sent (often application/octet-stream), or null
     */
    public Extracted extract(byte[] body, String url, String declaredType) throws FetchFailure {
        long deadline = System.nanoTime() + limits.timeBudget().toNanos();
        Future<Extracted> job;
        try {
            job = POOL.submit(() -> parse(body, url, declaredType, deadline));
        } catch (RejectedExecutionException e) {
            throw new FetchFailure(FetchFailure.Kind.EXTRACT, "every attachment extractor is busy; retried next pass", e);
        }
        try {
            return job.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw overBudget();
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchFailure(FetchFailure.Kind.IO, "interrupted while extracting " + url, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FetchFailure f) {
                throw f;
            }
            throw new FetchFailure(FetchFailure.Kind.EXTRACT, "cannot extract text: " + e.getCause(), e.getCause());
        }
    }

    private Extracted parse(byte[] body, String url, String declaredType, long deadline) throws FetchFailure {
        if (ZipGuard.isZip(body)) {
            ZipGuard.check(body, limits.maxExpandedBytes(), limits.maxRatio());
        }
        String name = url.substring(url.lastIndexOf('/') + 1);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        String type = Tools.TIKA.detect(body, name);
        if ("application/octet-stream".equals(type) && declaredType != null) {
            type = declaredType;
        }
        ParseContext context = new ParseContext();
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true); // streams document.xml instead of building it in memory
        context.set(OfficeParserConfig.class, office);
        LimitedText text = new LimitedText(limits.maxChars(), deadline);
        try {
            Tools.PARSER.parse(new ByteArrayInputStream(body), new BodyContentHandler(text), metadata, context);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (text.outOfTime()) {
                throw overBudget();
            }
            if (!text.full()) {
                throw new FetchFailure(FetchFailure.Kind.EXTRACT, "cannot extract text of " + type + ": " + e.getMessage(), e);
            }
        } catch (OutOfMemoryError e) {
            // Only this document's parse is lost; the guards above should make this unreachable.
            throw new FetchFailure(FetchFailure.Kind.EXTRACT, "the " + type + " parser ran out of memory", e);
        }
        return new Extracted(type, text.text().strip(), text.full());
    }

    private FetchFailure overBudget() {
        return new FetchFailure(FetchFailure.Kind.EXTRACT, "text extraction took longer than its budget of "
                + limits.timeBudget().toMillis() + " ms");
    }

    private static ExecutorService pool() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(64), r -> {
            Thread t = new Thread(r, "govwatch-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
