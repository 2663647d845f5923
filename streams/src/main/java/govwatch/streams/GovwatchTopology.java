package govwatch.streams;

import govwatch.events.DeadLetter;
import govwatch.events.JsonSerde;
import govwatch.events.PageEvent;
import govwatch.events.PublishedReport;
import govwatch.events.Topics;
import govwatch.places.Divisions;
import govwatch.streams.coverage.Coverage;
import govwatch.understanding.ReportAnalyzer;
import govwatch.understanding.TargetComparer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
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
 * govwatch.pages ─ validate-page ─ understand-page ─ key-by-region ─ reports-by-region (repartition)
 *   (key: URL)      ─ compare-with-stored [reports-store] ─┬─→ govwatch.reports (key: report id; tombstone for a retired id)
 *                                                          └─→ govwatch.alerts  (key: report id)
 * any failure (deserialization, validation, analysis, comparison, production) ──→ govwatch.pages.dlq
 *
 * validate-page ─ county-watched ─ watched-by-county (repartition) ─────────┐ (pages of a portal naming a county)
 * compare-with-stored ─ township-published ─ published-by-county (repartition) ─┴─ coverage-events
 *   (key: county code) ─ check-missing-reports [coverage-store, wall-clock punctuator] ─→ govwatch.alerts (MISSING_REPORT)
 * </pre>
 *
 * The repartition by region puts every version of a report, from any URL, and every year of a region on one
 * task, so the store (keyed by report id) can compare a report with its previous version and with the
 * region's previous year. Failures are not branches of the graph: Kafka Streams' exception handlers
 * ({@link DeadLetterHandler}, configured by {@link #settings}) turn each into a dead letter and processing goes on.
 * Every processor, store and repartition topic is named so that upgrades keep state.
 *
 * <p>The MISSING_REPORT check is keyed by county: a county's townships are spread over the reports store's partitions
 * (keyed by place name), so what it needs (is the county watched, which townships published for which year: a few
 * bytes per event) is repartitioned by county code. Each county then lives on exactly one task of one instance, whose
 * punctuator alone checks it: with several instances no alert is raised twice, and a county moves with its task and
 * its changelogged state.
 */
public final class GovwatchTopology {

    /** The state store holding the latest version of each report, keyed by report id; changelogged. */
    public static final String REPORTS_STORE = "reports-store";
    /** The repartition topic suffix (the topic is {@code <application.id>-reports-by-region-repartition}). */
    public static final String REPARTITION = "reports-by-region";
    /** Per watched county: since when, which townships published per year, what was raised; changelogged. */
    public static final String COVERAGE_STORE = "coverage-store";
    /** The repartition topic suffix of "a page of this county arrived", keyed by county code. */
    public static final String COVERAGE_WATCHED = "watched-by-county";
    /** The repartition topic suffix of "this township published for this year", keyed by county code. */
    public static final String COVERAGE_PUBLISHED = "published-by-county";

    /** The processors whose failures are dead letters of a named stage. */
    private static final Map<String, String> STAGES = Map.of(
            "validate-page", DeadLetter.VALIDATION,
            "understand-page", DeadLetter.ANALYSIS,
            "compare-with-stored", DeadLetter.COMPARISON,
            "check-missing-reports", DeadLetter.COMPARISON);

    /**
     * What the topology needs from outside.
     *
     * @param reportRevised whether a text-only revision raises REPORT_REVISED (default off: most subscribers want
     *                      targets, not wording)
     * @param missingReports when a township's report counts as missing (MISSING_REPORT)
     */
    public record Dependencies(ReportAnalyzer analyzer, TargetComparer comparer, Clock clock, MeterRegistry metrics,
                               boolean reportRevised, MissingReportRules missingReports) {

        /** The default MISSING_REPORT rules. */
        public Dependencies(ReportAnalyzer analyzer, TargetComparer comparer, Clock clock, MeterRegistry metrics,
                            boolean reportRevised) {
            this(analyzer, comparer, clock, metrics, reportRevised, MissingReportRules.DEFAULT);
        }

        /** The defaults: REPORT_REVISED off. */
        public Dependencies(ReportAnalyzer analyzer, TargetComparer comparer, Clock clock, MeterRegistry metrics) {
            this(analyzer, comparer, clock, metrics, false);
        }
    }

    private GovwatchTopology() {
    }

    public static Topology build(Dependencies deps) {
        StreamsMetrics metrics = new StreamsMetrics(deps.metrics());
        AlertDecider decider = new AlertDecider(deps.analyzer(), deps.comparer(), deps.clock(), deps.reportRevised(),
                metrics);

        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(REPORTS_STORE),
                Serdes.String(), JsonSerde.of(ReportState.class).binary().limitedTo(Topics.MAX_VALUE_BYTES)));

        KStream<String, PageEvent> pages = builder
                .stream(Topics.PAGES.name(), Consumed.with(Topics.PAGES.keySerde(), Topics.PAGES.valueSerde())
                        .withName("pages-source"))
                .mapValues(PageValidation::requireValid, Named.as("validate-page"));
        KStream<String, Decision> decisions = pages
                .process(() -> new UnderstandPageProcessor(deps.analyzer(), metrics), Named.as("understand-page"))
                .map((url, version) -> KeyValue.pair(version.report().region().name(), version),
                        Named.as("key-by-region"))
                .repartition(Repartitioned.with(Serdes.String(),
                                JsonSerde.of(ReportVersion.class).binary().limitedTo(Topics.MAX_VALUE_BYTES))
                        .withName(REPARTITION))
                .process(() -> new CompareWithStoredProcessor(decider, metrics),
                        Named.as("compare-with-stored"), REPORTS_STORE);
        decisions.flatMap((region, d) -> published(d), Named.as("report-by-id"))
                .to(Topics.REPORTS.name(), Produced.with(Topics.REPORTS.keySerde(), Topics.REPORTS.valueSerde())
                        .withName("reports-sink"));
        decisions.filter((region, d) -> d.alert() != null, Named.as("only-alerts"))
                .map((region, d) -> KeyValue.pair(d.alert().reportId(), d.alert()), Named.as("alert-by-id"))
                .to(Topics.ALERTS.name(), Produced.with(Topics.ALERTS.keySerde(), Topics.ALERTS.valueSerde())
                        .withName("alerts-sink"));
        missingReports(builder, deps, pages, decisions, metrics);
        return builder.build();
    }

    /** The MISSING_REPORT branch: see the class comment. */
    private static void missingReports(StreamsBuilder builder, Dependencies deps, KStream<String, PageEvent> pages,
                                       KStream<String, Decision> decisions, StreamsMetrics metrics) {
        Coverage coverage = new Coverage(Divisions.official());
        CoverageGauges gauges = new CoverageGauges(deps.metrics(), coverage);
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(COVERAGE_STORE),
                Serdes.String(), JsonSerde.of(CountyCoverage.class).binary()));
        // Each branch is repartitioned on its own and only then merged: a merge upstream would join the pages
        // sub-topology and the compare sub-topology into one, renumbering their tasks (and state dirs) on upgrade.
        KStream<String, CoverageEvent> watched = pages
                .filter((url, page) -> CoverageEvent.checkable(coverage, page.countyCode()), Named.as("of-a-county"))
                .map((url, page) -> KeyValue.pair(coverage.county(page.countyCode()).code(), CoverageEvent.WATCHED),
                        Named.as("county-watched"))
                .repartition(coverageEvents(COVERAGE_WATCHED));
        decisions.flatMap((region, d) -> CoverageEvent.published(coverage, WireRecords.report(d.next().current())),
                        Named.as("township-published"))
                .repartition(coverageEvents(COVERAGE_PUBLISHED))
                .merge(watched, Named.as("coverage-events"))
                .process(() -> new MissingReportProcessor(coverage, deps.missingReports(), deps.clock(), metrics,
                        gauges), Named.as("check-missing-reports"), COVERAGE_STORE)
                .to(Topics.ALERTS.name(), Produced.with(Topics.ALERTS.keySerde(), Topics.ALERTS.valueSerde())
                        .withName("missing-report-alerts-sink"));
    }

    /**
     * The Kafka Streams settings the topology relies on: every failure a dead letter (see {@link DeadLetterHandler}),
     * and internal topics (repartition, changelog) created to take the records the topology writes, with producers
     * to match, so a stock broker needs no setting changed.
     */
    public static Map<String, Object> settings(Dependencies deps) {
        return Map.of(
                StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class,
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class,
                StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class,
                DeadLetterHandler.DEAD_LETTERS, new DeadLetters(deps.clock(), new StreamsMetrics(deps.metrics())),
                // Opt in now to what Kafka 5.0 makes the default (and silence the warning about it).
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true,
                StreamsConfig.topicPrefix("max.message.bytes"), Integer.toString(Topics.MAX_RECORD_BYTES),
                StreamsConfig.producerPrefix("max.request.size"), Topics.MAX_RECORD_BYTES);
    }

    /** The dead-letter stage of a failure in the processor {@code nodeId}. */
    static String stageOf(String nodeId) {
        return STAGES.getOrDefault(nodeId, "processing");
    }

    private static Repartitioned<String, CoverageEvent> coverageEvents(String name) {
        return Repartitioned.with(Serdes.String(), JsonSerde.of(CoverageEvent.class).binary()).withName(name);
    }

    /** The stored report under its id, and a tombstone for the id it retires. */
    private static List<KeyValue<String, PublishedReport>> published(Decision d) {
        List<KeyValue<String, PublishedReport>> out = new ArrayList<>(2);
        if (d.retiredId() != null) {
            out.add(KeyValue.pair(d.retiredId(), null));
        }
        out.add(KeyValue.pair(d.next().current().id(), WireRecords.report(d.next().current())));
        return out;
    }
}
