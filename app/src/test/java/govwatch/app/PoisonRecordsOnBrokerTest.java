package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import govwatch.app.embedded.EmbeddedKafka;
import govwatch.app.broker.TopicSetup;
import govwatch.app.pipeline.AlertFeed;
import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.events.DeadLetter;
import govwatch.events.JsonSerde;
import govwatch.events.PageEvent;
import govwatch.events.Topics;
import govwatch.streams.GovwatchTopology;
import govwatch.streams.StreamsApp;
import govwatch.understanding.ReportAnalyzer;
import govwatch.understanding.TargetComparer;
import govwatch.understanding.WorkReportAnalyzer;
import govwatch.understanding.model.Report;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One poison record per stage on a real broker with stock limits, under exactly-once: each becomes a dead letter
 * with its stage, and the app keeps running and alerting. The comparison and production failures are provoked by
 * the test's understanding (a comparer that fails when asked, an analyzer whose reading of one page is
 * larger than any record may be); the others are what a broken producer or portal would publish.
 */
class PoisonRecordsOnBrokerTest {

    private static final String POISON_INDICATOR = "毒指标";

    @TempDir
    Path work;

    private EmbeddedKafka kafka;
    private StreamsApp streams;

    @BeforeEach
    void start() throws Exception {
        kafka = EmbeddedKafka.start(work.resolve("broker"));
        TopicSetup.ensureTopics(kafka.bootstrapServers(), (short) 1);
    }

    @AfterEach
    void stop() {
        if (streams != null) {
            streams.close();
        }
        kafka.close();
    }

    @Test
    void aPoisonRecordAtEachStageIsADeadLetterAndTheAppGoesOn() throws Exception {
        streams = new StreamsApp(new GovwatchTopology.Dependencies(analyzer(), comparer(), Clock.systemUTC(),
                new SimpleMeterRegistry()), kafka.bootstrapServers(), work.resolve("streams"), 1, Map.of());
        streams.start(Duration.ofMinutes(2));
        String template = Townships.template();
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_RECORD_BYTES),
                new StringSerializer(), new ByteArraySerializer());
             AlertFeed feed = new AlertFeed(kafka.bootstrapServers(), true)) {
            send(raw, "http://127.0.0.1/garbage", new byte[] {(byte) 0xff, '{', 'x'});
            send(raw, "http://127.0.0.1/no-url", "{\"status\":200,\"body\":\"x\"}".getBytes(StandardCharsets.UTF_8));
            send(raw, "http://127.0.0.1/binary", json(Townships.page("http://127.0.0.1/binary",
                    "\u0001\u0002\u0003\u0004 binary \u0005\u0006\u0007\u0008".repeat(100))));
            send(raw, "http://127.0.0.1/huge", json(Townships.page("http://127.0.0.1/huge",
                    template.replace("东明镇", Townships.name(1)))));
            PageEvent first = Townships.page(template, 2);
            send(raw, first.url(), json(first));
            send(raw, first.url(), json(Townships.page(first.url(),
                    first.body().replace("2024年工作安排</p>", "2024年工作安排</p><p>" + POISON_INDICATOR + "</p>"))));
            PageEvent after = Townships.page(template, 3);
            send(raw, after.url(), json(after));

            List<Alert> alerts = new ArrayList<>();
            await().atMost(Duration.ofMinutes(2)).until(() -> {
                feed.poll(Duration.ofMillis(200), alerts::add);
                return alerts.size() >= 2 && deadLetters().size() >= 5;
            });
            List<DeadLetter> dead = deadLetters();
            assertThat(dead).extracting(DeadLetter::stage).containsExactlyInAnyOrder(DeadLetter.DESERIALIZATION,
                    DeadLetter.VALIDATION, DeadLetter.ANALYSIS, DeadLetter.PRODUCTION, DeadLetter.COMPARISON);
            // Every reason carries its stack trace (Kafka's RecordTooLargeException is made without one).
            assertThat(dead).filteredOn(d -> !d.stage().equals(DeadLetter.PRODUCTION))
                    .allSatisfy(d -> assertThat(d.reason()).contains("\tat "));
            assertThat(dead).filteredOn(d -> d.stage().equals(DeadLetter.PRODUCTION)).singleElement()
                    .satisfies(d -> assertThat(d.reason()).contains("RecordTooLargeException"));
            assertThat(alerts).extracting(Alert::reportId)
                    .containsExactlyInAnyOrder(Townships.name(2) + "/2024", Townships.name(3) + "/2024");
            assertThat(alerts).extracting(Alert::type).containsOnly(AlertType.NEW_REPORT);
            assertThat(streams.failed()).isFalse();
        }
    }

    /** The real understanding, except that the page at /huge is read as a report with a 17 MB title. */
    private static ReportAnalyzer analyzer() {
        WorkReportAnalyzer real = new WorkReportAnalyzer();
        return doc -> {
            Report r = real.analyze(doc);
            if (!doc.url().endsWith("/huge")) {
                return r;
            }
            return new Report(true, "x".repeat(17_000_000), r.region(), r.parent(), r.year(), r.reviewYear(),
                    r.yearEvidence(), r.meetingDate(), r.publishedAt(), r.draft(), r.session(), r.sourceUrl(),
                    r.contentHash(), r.extractorVersion(), r.targets(), null);
        };
    }

    /** A comparer with a bug: it fails whenever it is asked (here only for the revision of one report). */
    private static TargetComparer comparer() {
        return (before, after) -> {
            throw new IllegalStateException("the comparer failed on a version naming " + POISON_INDICATOR);
        };
    }

    private static void send(KafkaProducer<String, byte[]> producer, String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(Topics.PAGES.name(), key, value)).get();
    }

    private static byte[] json(PageEvent page) {
        return JsonSerde.of(PageEvent.class).serialize(Topics.PAGES.name(), page);
    }

    private List<DeadLetter> deadLetters() {
        try (KafkaConsumer<String, DeadLetter> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Topics.PAGES_DLQ.keySerde().deserializer(), Topics.PAGES_DLQ.valueSerde().deserializer())) {
            TopicPartition only = new TopicPartition(Topics.PAGES_DLQ.name(), 0);
            consumer.assign(List.of(only));
            consumer.seekToBeginning(List.of(only));
            long end = consumer.endOffsets(List.of(only)).get(only);
            List<DeadLetter> out = new ArrayList<>();
            while (consumer.position(only) < end) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> out.add(r.value()));
            }
            return out;
        }
    }
}
