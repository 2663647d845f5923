package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import govwatch.app.pipeline.AlertFeed;
import govwatch.app.pipeline.Pipeline;
import govwatch.app.pipeline.StreamsLag;
import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.events.JsonSerde;
import govwatch.events.PageEvent;
import govwatch.events.Topics;
import govwatch.streams.GovwatchTopology;
import govwatch.streams.StreamsApp;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once under a crash: the streams app runs in a separate JVM, is killed hard (SIGKILL, no clean close)
 * while it is processing, and started again on the same state. Every report raises exactly one NEW_REPORT:
 * none lost, none duplicated — also for pages the crawler published twice.
 */
class ExactlyOnceCrashTest {

    private static final Logger log = LoggerFactory.getLogger(ExactlyOnceCrashTest.class);
    private static final int REPORTS = 480;
    private static final Path TEMPLATE = Path.of("..", "seeds", "demo-portal", "zwgk", "zfgzbg", "202401",
            "t20240104_1002.html");

    @TempDir
    Path work;

    @RegisterExtension
    final BrokerFixture broker = new BrokerFixture();
    private Process streams;

    @Test
    void aHardKilledStreamsAppLosesAndDuplicatesNoAlert() throws Exception {
        String template = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
        try (KafkaProducer<String, PageEvent> producer = producer();
             AlertFeed feed = new AlertFeed(broker.bootstrap(), true)) {
            publish(producer, template, 0, REPORTS / 2);
            streams = startStreams();
            List<Alert> seen = new ArrayList<>();
            await().atMost(Duration.ofMinutes(2)).until(() -> {
                feed.poll(Duration.ofMillis(100), seen::add);
                return !seen.isEmpty();
            });
            streams.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL mid-stream
            log.info("killed the streams app after {} of {} alerts", seen.size(), REPORTS / 2);

            publish(producer, template, 0, REPORTS); // the first half again (a re-crawl), then the rest
            streams = startStreams();
            try (StreamsLag lag = new StreamsLag(broker.bootstrap(), StreamsApp.APPLICATION_ID,
                    GovwatchTopology.build(Pipeline.dependencies(new SimpleMeterRegistry(), false)).describe())) {
                lag.await(Duration.ofMinutes(3), () -> {
                    feed.poll(Duration.ofMillis(100), seen::add);
                    return true;
                });
            }
            feed.drain(seen::add, Duration.ofMinutes(1));

            assertThat(seen).extracting(Alert::type).containsOnly(AlertType.NEW_REPORT);
            assertThat(seen).extracting(Alert::reportId).doesNotHaveDuplicates().hasSize(REPORTS);
        }
    }

    /** Reports of 480 made-up townships (青水东镇, 青水西镇 …) made from the 东明镇 demo page, one page each. */
    private static void publish(KafkaProducer<String, PageEvent> producer, String template, int from, int to) {
        String first = "青红白金银石河山林松";
        String second = "水田桥岭坪湾沟口营堡庄园";
        String third = "东西南北";
        for (int i = from; i < to; i++) {
            String url = "http://127.0.0.1/zwgk/zfgzbg/t" + i + ".html";
            String township = "" + first.charAt(i / 48) + second.charAt(i / 4 % 12) + third.charAt(i % 4) + "镇";
            String body = template.replace("东明镇", township);
            producer.send(new ProducerRecord<>(Topics.PAGES.name(), url, new PageEvent(url, url, "crash-test", Instant.now(),
                    200, "text/html", "UTF-8", null, null, Integer.toHexString(body.hashCode()), body, false, null)));
        }
        producer.flush();
    }

    private KafkaProducer<String, PageEvent> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_RECORD_BYTES),
                new StringSerializer(), JsonSerde.of(PageEvent.class));
    }

    /** {@code govwatch streams} in its own JVM, so that it can be killed like a crashed process. */
    private Process startStreams() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "govwatch.app.cli.Main", "streams", "--bootstrap", broker.bootstrap(),
                "--data-dir", work.resolve("streams").toString(),
                "--config", "session.timeout.ms=6000", "--config", "heartbeat.interval.ms=1000")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("streams.log").toFile())
                .start();
        broker.open(process::destroyForcibly); // killed after the test, before the broker stops
        return process;
    }
}
