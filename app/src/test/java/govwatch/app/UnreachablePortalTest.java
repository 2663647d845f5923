package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.app.embedded.EmbeddedKafka;
import govwatch.app.pipeline.Pipeline;
import govwatch.app.pipeline.StopSignal;
import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.seed.SeedFiles;
import govwatch.events.Alert;
import govwatch.events.JsonSerde;
import govwatch.events.PortalEvent;
import govwatch.events.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portal that is down is retried, reported on the portal-events topic and is not fatal: the other portal of the
 * same seed file is crawled and alerted on as usual, and the down portal raises no content alert.
 */
class UnreachablePortalTest {

    @TempDir
    Path work;

    @Test
    void aDownPortalIsAnEventNotAnAlertAndNotFatal() throws Exception {
        int live = LocalPortal.freePort();
        int dead = LocalPortal.freePort(); // nothing listens there
        Path seeds = LocalPortal.withDownPortal(work, live, dead);
        CrawlerConfig quickRetries = CrawlerConfig.builder().maxRetries(2).retryBackoff(Duration.ofMillis(50))
                .timeout(Duration.ofSeconds(5)).build();
        List<Alert> alerts = new ArrayList<>();

        Pipeline.run(new Pipeline.Options(SeedFiles.load(seeds), null, work.resolve("data"), true, quickRetries,
                Duration.ofMinutes(3), -1), new SimpleMeterRegistry(), alerts::add, StopSignal.never());

        assertThat(alerts).hasSize(5);
        assertThat(alerts).allSatisfy(a -> assertThat(a.sourceUrl()).contains(":" + live + "/"));
        List<PortalEvent> events = portalEvents();
        assertThat(events).extracting(PortalEvent::portalId).containsExactly("down");
        assertThat(events.get(0).error()).contains(":" + dead + "/");
    }

    private List<PortalEvent> portalEvents() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(work.resolve("data"));
             KafkaConsumer<String, PortalEvent> consumer = new KafkaConsumer<>(
                     Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                     new StringDeserializer(), JsonSerde.of(PortalEvent.class))) {
            TopicPartition only = new TopicPartition(Topics.PORTAL_EVENTS.name(), 0);
            consumer.assign(List.of(only));
            consumer.seekToBeginning(List.of(only));
            long end = consumer.endOffsets(List.of(only)).get(only);
            List<PortalEvent> events = new ArrayList<>();
            while (consumer.position(only) < end) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> events.add(r.value()));
            }
            return events;
        }
    }

}
