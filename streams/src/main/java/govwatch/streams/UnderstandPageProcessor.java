package govwatch.streams;

import govwatch.events.PageEvent;
import govwatch.understanding.ReportAnalyzer;
import govwatch.understanding.SourceDocument;
import govwatch.understanding.model.Report;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the understanding on a validated page and forwards the report with its (compressed) document; drops pages
 * that are not reports. A page the analyzer cannot read throws: the topology's processing exception handler makes
 * it a dead letter of stage {@code analysis} and processing goes on. Stateless, no I/O beyond the analyzer, which
 * is pure.
 */
final class UnderstandPageProcessor implements Processor<String, PageEvent, String, ReportVersion> {

    private static final Logger log = LoggerFactory.getLogger(UnderstandPageProcessor.class);

    private final ReportAnalyzer analyzer;
    private final StreamsMetrics metrics;
    private ProcessorContext<String, ReportVersion> context;

    UnderstandPageProcessor(ReportAnalyzer analyzer, StreamsMetrics metrics) {
        this.analyzer = analyzer;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, ReportVersion> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, PageEvent> record) {
        PageEvent page = record.value();
        Report report;
        try {
            report = analyzer.analyze(new SourceDocument(page.url(), page.contentType(), page.body(), page.countyCode()));
        } catch (StackOverflowError e) {
            // An Error would end the stream thread; as an exception it is one page's dead letter.
            throw new IllegalStateException("the analyzer overflowed its stack on " + page.url(), e);
        }
        if (!report.report() || report.id() == null) {
            metrics.page("not_report");
            log.debug("not a report: {} ({})", page.url(), report.reason());
            return;
        }
        metrics.page("report");
        context.forward(record.withValue(ReportVersion.of(report, page.contentType(), page.body())));
    }
}
