package govwatch.streams;

import govwatch.events.Alert;
import govwatch.events.DeadLetter;
import govwatch.events.JsonSerde;
import govwatch.events.Topics;
import govwatch.understanding.ReportAnalyzer;
import govwatch.understanding.TargetComparer;
import govwatch.understanding.model.Report;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The govwatch topology, built by one pure function of its dependencies:
 *
 * <pre>
 * govwatch.pages ─ understand-page ─┬─ dead letters ──────────────────────────────→ govwatch.pages.dlq
 *   (key: URL)                      └─ reports ─ key-by-region ─ reports-by-region (repartition)
 *                                        ─ compare-with-stored [reports-store] ─┬─→ govwatch.reports (key: report id)
 *                                                                              └─→ govwatch.alerts  (key: report id)
 * </pre>
 *
 * The repartition by region puts every version of a report, from any URL, and every year of a region on one
 * task, so the store (keyed by report id) can compare a report with its previous version and with the
 * region's previous year.
 * Every processor, store and repartition topic is named so that upgrades keep state.
 */
public final class GovwatchTopology {

    /** The state store holding the latest version of each report, keyed by report id; changelogged. */
    public static final String REPORTS_STORE = "reports-store";
    /** The repartition topic suffix (the topic is {@code <application.id>-reports-by-region-repartition}). */
    public static final String REPARTITION = "reports-by-region";

    /**
     * What the topology needs from outside.
     *
     * @param reportRevised whether a text-only revision raises REPORT_REVISED (default off: most subscribers want
     *                      targets, not wording)
     */
    public record Dependencies(ReportAnalyzer analyzer, TargetComparer comparer, Clock clock, MeterRegistry metrics,
                               boolean reportRevised) {

        /** The defaults: REPORT_REVISED off. */
        public Dependencies(ReportAnalyzer analyzer, TargetComparer comparer, Clock clock, MeterRegistry metrics) {
            this(analyzer, comparer, clock, metrics, false);
        }
    }

    private GovwatchTopology() {
    }

    public static Topology build(Dependencies deps) {
        StreamsMetrics metrics = new StreamsMetrics(deps.metrics());
        AlertDecider decider = new AlertDecider(deps.analyzer(), deps.comparer(), deps.clock(), deps.reportRevised());
        JsonSerde<Report> reportSerde = JsonSerde.of(Report.class);

        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(REPORTS_STORE), Serdes.String(), JsonSerde.of(ReportState.class)));

        KStream<String, Understood> understood = builder
                .stream(Topics.PAGES, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("pages-source"))
                .process(() -> new UnderstandPageProcessor(deps.analyzer(), deps.clock(), metrics),
                        Named.as("understand-page"));

        understood.split(Named.as("understood-"))
                .branch((url, u) -> u.deadLetter() != null, Branched.withConsumer(dead -> dead
                        .mapValues(Understood::deadLetter, Named.as("dead-letter-value"))
                        .to(Topics.PAGES_DLQ, Produced.with(Serdes.String(), JsonSerde.of(DeadLetter.class))
                                .withName("dlq-sink")), "dead-letters"))
                .defaultBranch(Branched.withConsumer(reports -> compare(reports, reportSerde, decider, metrics),
                        "reports"));
        return builder.build();
    }

    /** The report under its id, after a tombstone for the id it had before when that changed. */
    private static List<KeyValue<String, Report>> reportsById(String region, Decision d) {
        KeyValue<String, Report> latest = KeyValue.pair(d.next().current().id(), d.next().current());
        return d.retiredId() == null ? List.of(latest) : List.of(KeyValue.pair(d.retiredId(), null), latest);
    }

    private static void compare(KStream<String, Understood> reports, JsonSerde<Report> reportSerde,
                                AlertDecider decider, StreamsMetrics metrics) {
        KStream<String, Decision> decisions = reports
                .map((url, u) -> KeyValue.pair(u.version().report().region().name(), u.version()),
                        Named.as("key-by-region"))
                .repartition(Repartitioned.with(Serdes.String(), JsonSerde.of(ReportVersion.class))
                        .withName(REPARTITION))
                .process(() -> new CompareWithStoredProcessor(decider, metrics),
                        Named.as("compare-with-stored"), REPORTS_STORE);
        decisions.flatMap(GovwatchTopology::reportsById, Named.as("report-by-id"))
                .to(Topics.REPORTS, Produced.with(Serdes.String(), reportSerde).withName("reports-sink"));
        decisions.filter((region, d) -> d.alert() != null, Named.as("only-alerts"))
                .map((region, d) -> KeyValue.pair(d.alert().reportId(), d.alert()), Named.as("alert-by-id"))
                .to(Topics.ALERTS, Produced.with(Serdes.String(), JsonSerde.of(Alert.class)).withName("alerts-sink"));
    }
}
