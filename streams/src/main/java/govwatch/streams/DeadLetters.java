package govwatch.streams;

import govwatch.events.DeadLetter;
import govwatch.events.PageEvent;
import govwatch.events.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the dead letters the topology's exception handlers write to {@link Topics#PAGES_DLQ}: the stage, the
 * reason with its stack trace, where the record came from and its original bytes. Logs and counts each one.
 */
public final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    /** A stack trace longer than this is cut: the reason must not crowd out the original bytes. */
    private static final int MAX_TRACE_CHARS = 16_384;

    private final Clock clock;
    private final StreamsMetrics metrics;

    public DeadLetters(Clock clock, StreamsMetrics metrics) {
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * The dead-letter record for a failure at {@code stage}.
     *
     * @param context   where the failing record came from (topic, partition, offset, raw bytes when still known)
     * @param sourceUrl the page URL when known, else null (the raw key is used)
     * @param original  the bytes to keep when the context no longer has the source record's, else null
     */
    ProducerRecord<byte[], byte[]> letter(String stage, String summary, Exception e, ErrorHandlerContext context,
                                          String sourceUrl, byte[] original) {
        metrics.deadLetter(stage);
        if (stage.equals(DeadLetter.DESERIALIZATION) || stage.equals(DeadLetter.VALIDATION)
                || stage.equals(DeadLetter.ANALYSIS)) {
            metrics.page("dead_letter");
        }
        byte[] rawKey = context == null ? null : context.sourceRawKey();
        String url = sourceUrl != null ? sourceUrl
                : rawKey == null ? null : new String(rawKey, StandardCharsets.UTF_8);
        byte[] bytes = context != null && context.sourceRawValue() != null ? context.sourceRawValue() : original;
        log.warn("dead letter ({}) for {}: {}", stage, url, summary, e);
        DeadLetter letter = DeadLetter.of(stage, summary + "\n" + trace(e), url,
                context == null ? null : context.topic(),
                context == null || context.partition() < 0 ? null : context.partition(),
                context == null || context.offset() < 0 ? null : context.offset(),
                clock.instant(), bytes);
        return new ProducerRecord<>(Topics.PAGES_DLQ.name(),
                url == null ? rawKey : url.getBytes(StandardCharsets.UTF_8),
                Topics.PAGES_DLQ.valueSerde().serializer().serialize(Topics.PAGES_DLQ.name(), letter));
    }

    /** A record the producer refused inside a transaction that is now aborted: logged, counted, retried by Streams. */
    void refused(String topic, Exception e) {
        metrics.deadLetter("production_refused");
        log.error("the producer refused a record for {}; the transaction is aborted and the task retries", topic, e);
    }

    /** The page URL a record in the topology is about, or null. */
    static String sourceUrlOf(Object value) {
        if (value instanceof PageEvent page) {
            return page.url();
        }
        if (value instanceof ReportVersion version && version.report() != null) {
            return version.report().sourceUrl();
        }
        if (value instanceof Decision decision && decision.next() != null) {
            return decision.next().current().sourceUrl();
        }
        return null;
    }

    private static String trace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        String s = out.toString();
        return s.length() <= MAX_TRACE_CHARS ? s : s.substring(0, MAX_TRACE_CHARS) + "\n\t… (cut)";
    }
}
