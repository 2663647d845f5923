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
 * id) and forwards the decision.
 */
final class CompareWithStoredProcessor implements Processor<String, Report, String, Decision> {

    private static final Logger log = LoggerFactory.getLogger(CompareWithStoredProcessor.class);

    private final AlertDecider decider;
    private final StreamsMetrics metrics;
    private KeyValueStore<String, ReportState> store;
    private ProcessorContext<String, Decision> context;

    CompareWithStoredProcessor(AlertDecider decider, StreamsMetrics metrics) {
        this.decider = decider;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Decision> context) {
        this.context = context;
        this.store = context.getStateStore(GovwatchTopology.REPORTS_STORE);
    }

    @Override
    public void process(Record<String, Report> record) {
        Report incoming = record.value();
        String id = incoming.id();
        ReportState previousYear = store.get(incoming.region().name() + "/" + (incoming.year() - 1));
        Decision decision = decider.decide(store.get(id), incoming,
                previousYear == null ? null : previousYear.current());
        log.debug("report {}: {}", id, decision.why());
        metrics.decision(decision.why());
        if (decision.next() == null) {
            return;
        }
        store.put(id, decision.next());
        if (decision.alert() != null) {
            metrics.alert(decision.alert().type().name());
        }
        context.forward(record.withValue(decision));
    }
}
