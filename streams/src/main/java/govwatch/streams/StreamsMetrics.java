package govwatch.streams;

import govwatch.events.AlertType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The topology's own counters, all named {@code govwatch.streams.*}:
 * <ul>
 *   <li>{@code govwatch.streams.pages} (outcome: {@link #PAGE_OUTCOMES})</li>
 *   <li>{@code govwatch.streams.dead.letters} (stage at which a record was dead-lettered: {@link #DEAD_LETTER_STAGES})</li>
 *   <li>{@code govwatch.streams.reread_failures} (stored documents today's extractor could not read again)</li>
 *   <li>{@code govwatch.streams.decisions} (what the comparison decided: {@link #DECISIONS})</li>
 *   <li>{@code govwatch.streams.alerts} (type: every {@link AlertType})</li>
 * </ul>
 * Every known tag value is registered at zero when the topology is built, before the first record: Prometheus'
 * {@code increase()} and {@code rate()} need a sample before the first event to see it. A value not listed is
 * still counted, from its first increment.
 */
public final class StreamsMetrics {

    /** What happened to a page record. */
    public static final List<String> PAGE_OUTCOMES = List.of("report", "not_report", "dead_letter");
    /**
     * Where a record failed: reading it, checking it is a page, understanding, comparing, producing the result; and
     * a record the producer refused inside a transaction (aborted and retried, so not a dead letter itself).
     */
    public static final List<String> DEAD_LETTER_STAGES =
            List.of("deserialization", "validation", "analysis", "comparison", "production", "production_refused");
    /** The reasons {@link AlertDecider} and the compare step give ({@link Decision#why()}). */
    public static final List<String> DECISIONS = List.of("new", "unchanged", "targets_changed", "text_revised",
            "rebaselined", "draft_after_final", "other_copy", "ambiguous_region");

    /** How often Kafka's own client metrics are re-read, so that partitions assigned later appear soon. */
    private static final Duration KAFKA_METRICS_REFRESH = Duration.ofSeconds(10);

    private final MeterRegistry registry;

    /** Registers every counter at zero for every known tag value. */
    public StreamsMetrics(MeterRegistry registry) {
        this.registry = registry;
        PAGE_OUTCOMES.forEach(this::pageCounter);
        DEAD_LETTER_STAGES.forEach(this::deadLetterCounter);
        DECISIONS.forEach(this::decisionCounter);
        for (AlertType type : AlertType.values()) {
            alertCounter(type.name());
        }
        rereadFailureCounter();
    }

    /**
     * Binds Kafka Streams' client metrics (consumer lag per partition, among others) to {@code registry}; closing
     * the result unbinds them.
     */
    public static Binding bindKafka(KafkaStreams streams, MeterRegistry registry) {
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "govwatch-kafka-metrics");
            t.setDaemon(true);
            return t;
        });
        KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(streams, List.<Tag>of(), refresher, KAFKA_METRICS_REFRESH);
        metrics.bindTo(registry);
        return () -> {
            metrics.close();
            refresher.shutdownNow();
        };
    }

    /** Meters bound to a registry until closed. */
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }

    void page(String outcome) {
        pageCounter(outcome).increment();
    }

    /** Counts a dead letter by the stage at which it failed (a page's own outcome is counted by {@link #page}). */
    void deadLetter(String stage) {
        deadLetterCounter(stage).increment();
    }

    void rereadFailure() {
        rereadFailureCounter().increment();
    }

    void decision(String why) {
        decisionCounter(why).increment();
    }

    void alert(String type) {
        alertCounter(type).increment();
    }

    private Counter pageCounter(String outcome) {
        return Counter.builder("govwatch.streams.pages").description("pages processed by outcome")
                .tag("outcome", outcome).register(registry);
    }

    private Counter deadLetterCounter(String stage) {
        return Counter.builder("govwatch.streams.dead.letters").description("records dead-lettered, by failing stage")
                .tag("stage", stage).register(registry);
    }

    private Counter decisionCounter(String why) {
        return Counter.builder("govwatch.streams.decisions").description("report versions by decision")
                .tag("decision", why).register(registry);
    }

    private Counter rereadFailureCounter() {
        return Counter.builder("govwatch.streams.reread_failures")
                .description("stored documents that today's extractor could not read again (compared as stored)")
                .register(registry);
    }

    private Counter alertCounter(String type) {
        return Counter.builder("govwatch.streams.alerts").description("alerts emitted by type")
                .tag("type", type).register(registry);
    }
}
