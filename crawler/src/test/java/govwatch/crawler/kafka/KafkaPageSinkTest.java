package govwatch.crawler.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import govwatch.events.JsonSerde;
import govwatch.events.PageEvent;
import govwatch.events.Topics;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaPageSinkTest {
    private static final PageEvent PAGE = new PageEvent("http://a.cn/x/1.html", "http://a.cn/x/1.html", "demo",
            Instant.parse("2024-03-01T08:00:00Z"), 200, "text/html", "UTF-8", null, null, "ab", "<p>x</p>", false, null);

    @Test
    void publishesKeyedByUrlToThePagesTopic() {
        MockProducer<String, PageEvent> producer = new MockProducer<>(true, null, new StringSerializer(), JsonSerde.of(PageEvent.class));
        KafkaPageSink sink = new KafkaPageSink(producer);

        sink.publish(PAGE);
        sink.flush();

        assertThat(producer.history()).singleElement().satisfies(r -> {
            assertThat(r.topic()).isEqualTo(Topics.PAGES.name());
            assertThat(r.key()).isEqualTo(PAGE.url());
            assertThat(r.value()).isEqualTo(PAGE);
        });
    }

    @Test
    void aFailedSendIsThrownByTheNextFlush() {
        MockProducer<String, PageEvent> producer = new MockProducer<>(false, null, new StringSerializer(), JsonSerde.of(PageEvent.class));
        KafkaPageSink sink = new KafkaPageSink(producer);

        sink.publish(PAGE);
        producer.errorNext(new KafkaException("broker gone"));

        assertThatThrownBy(sink::flush).isInstanceOf(KafkaException.class).hasMessageContaining("broker gone");
        sink.flush(); // reported once
    }

    @Test
    void theProducerIsIdempotentWithAcksAllAndNotTransactional() {
        Map<String, Object> c = KafkaPageSink.config(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092",
                ProducerConfig.ACKS_CONFIG, "1", ProducerConfig.TRANSACTIONAL_ID_CONFIG, "x"));

        assertThat(c).containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024)
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4")
                .doesNotContainKey(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    }

    @Test
    void aRecordTooLargeFailsOnlyItsPage() {
        MockProducer<String, PageEvent> producer = new MockProducer<>(false, null, new StringSerializer(), JsonSerde.of(PageEvent.class));
        KafkaPageSink sink = new KafkaPageSink(producer);
        PageEvent other = new PageEvent("http://a.cn/x/2.html", "http://a.cn/x/2.html", "demo",
                Instant.parse("2024-03-01T08:00:00Z"), 200, "text/html", "UTF-8", null, null, "cd", "<p>y</p>", false, null);

        sink.publish(PAGE);
        sink.publish(other);
        producer.errorNext(new RecordTooLargeException("record is 17000000 bytes"));

        assertThat(sink.flushRejecting()).containsOnlyKeys(PAGE.url())
                .hasValueSatisfying(new org.assertj.core.api.Condition<>(v -> v.contains("17000000"), "reason"));
        assertThat(sink.flushRejecting()).isEmpty(); // reported once
        sink.publish(PAGE);
        producer.errorNext(new RecordTooLargeException("again"));
        assertThatThrownBy(sink::flush).isInstanceOf(KafkaException.class).hasMessageContaining(PAGE.url());
    }
}
