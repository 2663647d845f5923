package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import govwatch.app.embedded.EmbeddedKafka;
import govwatch.app.broker.TopicSetup;
import govwatch.app.webhook.WebhookForwarder;
import govwatch.app.webhook.WebhookSink;
import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.events.JsonSerde;
import govwatch.events.Topics;
import govwatch.events.Level;
import govwatch.events.Region;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The webhook sink on a real broker and a real HTTP receiver on loopback: retries, and no repeat after a restart. */
class WebhookForwarderTest {

    @TempDir
    Path work;

    private EmbeddedKafka kafka;
    private HttpServer receiver;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger(2);

    @BeforeEach
    void start() throws Exception {
        kafka = EmbeddedKafka.start(work);
        TopicSetup.ensureTopics(kafka.bootstrapServers(), (short) 1);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
        receiver.createContext("/hook", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (failuresLeft.getAndDecrement() > 0) {
                    exchange.sendResponseHeaders(503, -1); // the receiver is down for a while
                    return;
                }
                received.add(body);
                keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        kafka.close();
    }

    @Test
    void deliversEveryAlertOnceThroughFailuresAndRestarts() throws Exception {
        publish("东明镇", "新镇");
        try (WebhookForwarder forwarder = forwarder()) {
            forwardUntil(forwarder, 2);
        }
        publish("关路镇");
        try (WebhookForwarder restarted = forwarder()) {
            forwardUntil(restarted, 3);
            restarted.forward(Duration.ofSeconds(1)); // anything already delivered would come again now
        }

        assertThat(received).hasSize(3);
        assertThat(received.get(0)).contains("\"东明镇\"");
        assertThat(received.get(2)).contains("\"关路镇\"");
        assertThat(keys).doesNotHaveDuplicates().doesNotContainNull();
    }

    private void forwardUntil(WebhookForwarder forwarder, int delivered) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            forwarder.forward(Duration.ofMillis(200));
            return received.size() >= delivered;
        });
    }

    private WebhookForwarder forwarder() {
        URI hook = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        return new WebhookForwarder(kafka.bootstrapServers(), "test-hook", true,
                new WebhookSink(hook, Duration.ofMillis(50), Duration.ofMillis(200)));
    }

    private void publish(String... regions) {
        try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), JsonSerde.of(Alert.class))) {
            for (String region : regions) {
                Alert alert = new Alert(AlertType.NEW_REPORT, region + "/2024", new Region(region, Level.TOWNSHIP),
                        null, 2024, "政府工作报告", false, "http://127.0.0.1/" + region, Instant.now(), List.of(),
                        null, null);
                // One partition for all, so the delivery order is the publication order.
                producer.send(new ProducerRecord<>(Topics.ALERTS.name(), 0, alert.reportId(), alert));
            }
        }
    }
}
