package govwatch.streams;

import govwatch.events.DeadLetter;
import govwatch.events.JsonSerde;
import govwatch.events.PageEvent;
import govwatch.understanding.ReportAnalyzer;
import govwatch.understanding.SourceDocument;
import govwatch.understanding.model.Report;
import java.time.Clock;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a page record (raw bytes, so that a malformed one can be dead-lettered instead of stopping the app)
 * and runs the understanding on it. Forwards reports and dead letters; drops pages that are not reports.
 * Stateless, no I/O beyond the analyzer, which is pure.
 */
final class UnderstandPageProcessor implements Processor<String, byte[], String, Understood> {

    private static final Logger log = LoggerFactory.getLogger(UnderstandPageProcessor.class);
    private static final JsonSerde<PageEvent> PAGES = JsonSerde.of(PageEvent.class);
    /** Base64 grows bytes by a third: 8 MB of original stays well under the 16 MB record limit. */
    static final int MAX_DEAD_LETTER_BYTES = 8 * 1024 * 1024;

    private final ReportAnalyzer analyzer;
    private final Clock clock;
    private final StreamsMetrics metrics;
    private ProcessorContext<String, Understood> context;

    UnderstandPageProcessor(ReportAnalyzer analyzer, Clock clock, StreamsMetrics metrics) {
        this.analyzer = analyzer;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Understood> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        PageEvent page;
        try {
            page = PAGES.deserialize(null, record.value());
            if (page == null || page.body() == null) {
                throw new SerializationException("page record has no body");
            }
        } catch (SerializationException e) {
            deadLetter(record, "deserialization", "unreadable page record: " + e.getMessage());
            return;
        }
        Report report;
        try {
            report = analyzer.analyze(new SourceDocument(page.url(), page.contentType(), page.body(), page.countyCode()));
        } catch (RuntimeException | StackOverflowError e) {
            // One bad page must not stop the pipeline: the reason and the bytes go to the dead-letter topic.
            deadLetter(record, "analysis", "cannot understand page: " + e);
            return;
        }
        if (!report.report() || report.id() == null) {
            metrics.page("not_report");
            log.debug("not a report: {} ({})", page.url(), report.reason());
            return;
        }
        metrics.page("report");
        context.forward(record.withValue(Understood.report(ReportVersion.of(report, page.contentType(), page.body()))));
    }

    /** The original bytes, cut so that the dead letter stays under the topic's record size limit. */
    private static byte[] cap(byte[] original) {
        return original == null || original.length <= MAX_DEAD_LETTER_BYTES ? original
                : Arrays.copyOf(original, MAX_DEAD_LETTER_BYTES);
    }

    private void deadLetter(Record<String, byte[]> record, String stage, String reason) {
        metrics.page("dead_letter");
        metrics.deadLetter(stage);
        log.warn("dead letter for {}: {}", record.key(), reason);
        RecordMetadata meta = context.recordMetadata().orElse(null);
        DeadLetter letter = new DeadLetter(reason, record.key(),
                meta == null ? null : meta.topic(),
                meta == null ? null : meta.partition(),
                meta == null ? null : meta.offset(),
                clock.instant(), cap(record.value()));
        context.forward(record.withValue(Understood.dead(letter)));
    }
}
