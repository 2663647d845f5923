package govwatch.streams;

import govwatch.understanding.model.Report;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keyed by region (after the repartition), compares each understood version with the stored version of the
 * same report and with the region's previous year via {@link AlertDecider}, updates the store (keyed by report
 * id) and forwards the decision. Throws on a failure (the topology's processing exception handler makes it a dead
 * letter of stage {@code comparison}); the store is written only once the decision is made.
 */
final class CompareWithStoredProcessor implements Processor<String, ReportVersion, String, Decision> {

    private static final Logger log = LoggerFactory.getLogger(CompareWithStoredProcessor.class);

    private final AlertDecider decider;
    private final StreamsMetrics metrics;
    private StoredReports reports;
    private ProcessorContext<String, Decision> context;

    CompareWithStoredProcessor(AlertDecider decider, StreamsMetrics metrics) {
        this.decider = decider;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Decision> context) {
        this.context = context;
        KeyValueStore<String, ReportState> store = context.getStateStore(GovwatchTopology.REPORTS_STORE);
        this.reports = new StoredReports(store);
    }

    @Override
    public void process(Record<String, ReportVersion> record) {
        Report incoming = record.value().report();
        StoredReports.Match match = reports.find(incoming);
        if (match.ambiguous()) {
            // Several places of this name are known and this page does not say which one it is.
            log.info("{} {}: which {} is it? the page names no county; not compared", incoming.sourceUrl(),
                    match.key(), incoming.region().name());
            metrics.decision("ambiguous_region");
            return;
        }
        Decision decision = decider.decide(match.state(), record.value(), reports.previousYear(incoming))
                .retiring(match.state() == null ? null : match.state().current().id());
        log.debug("report {}: {}", match.key(), decision.why());
        metrics.decision(decision.why());
        if (decision.next() == null) {
            return;
        }
        reports.save(match, decision.next());
        if (decision.alert() != null) {
            metrics.alert(decision.alert().type().name());
        }
        context.forward(record.withValue(decision));
    }
}
