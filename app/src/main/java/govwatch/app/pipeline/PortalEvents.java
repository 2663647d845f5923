package govwatch.app.pipeline;

import govwatch.crawler.CrawlSummary;
import govwatch.events.JsonSerde;
import govwatch.events.PortalEvent;
import govwatch.events.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes the portal errors of each crawl pass on {@link Topics#PORTAL_EVENTS}, one event per failing portal. */
public final class PortalEvents implements AutoCloseable {

    private final KafkaProducer<String, PortalEvent> producer;
    private final Clock clock;

    public PortalEvents(String bootstrap, Clock clock) {
        this.clock = clock;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), JsonSerde.of(PortalEvent.class));
    }

    /** Publishes and flushes one event per portal that had an error or hit a budget in the pass. */
    public void publish(CrawlSummary pass) {
        pass.portalEvents().forEach((portal, error) -> producer.send(
                new ProducerRecord<>(Topics.PORTAL_EVENTS, portal, new PortalEvent(portal, error, clock.instant()))));
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
