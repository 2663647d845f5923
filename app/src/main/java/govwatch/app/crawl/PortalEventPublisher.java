package govwatch.app.crawl;

import govwatch.crawler.CrawlSummary;
import govwatch.events.PortalEvent;
import govwatch.events.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;

/** Publishes the portal errors of each crawl pass on {@link Topics#PORTAL_EVENTS}, one event per failing portal. */
public final class PortalEventPublisher implements AutoCloseable {

    private final KafkaProducer<String, PortalEvent> producer;
    private final Clock clock;

    public PortalEventPublisher(String bootstrap, Clock clock) {
        this.clock = clock;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                Topics.PORTAL_EVENTS.keySerde().serializer(), Topics.PORTAL_EVENTS.valueSerde().serializer());
    }

    /** Publishes and flushes one event per portal that had an error or hit a budget in the pass. */
    public void publish(CrawlSummary pass) {
        pass.portalEvents().forEach((portal, error) -> producer.send(
                Topics.PORTAL_EVENTS.record(portal, new PortalEvent(portal, error, clock.instant()))));
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
