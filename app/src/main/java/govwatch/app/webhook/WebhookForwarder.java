package govwatch.app.webhook;

import govwatch.events.Alert;
import govwatch.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Forwards every committed alert to a webhook, in order, exactly as far as a consumer group's committed offset:
 * an alert's offset is committed only after the receiver accepted it, so a restart resumes after the last
 * delivered alert instead of delivering everything again.
 */
public final class WebhookForwarder implements AutoCloseable {

    private final KafkaConsumer<String, Alert> consumer;
    private final WebhookSink sink;

    /**
     * @param fromBeginning where a group with no committed offset starts: the oldest alert, or from now on
     */
    public WebhookForwarder(String bootstrap, String groupId, boolean fromBeginning, WebhookSink sink) {
        this.sink = sink;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString(),
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10,
                // Delivery retries until the receiver is back (backoff up to minutes, without polling): stay in the group.
                ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, Integer.MAX_VALUE),
                Topics.ALERTS.keySerde().deserializer(), Topics.ALERTS.valueSerde().deserializer());
        consumer.subscribe(List.of(Topics.ALERTS.name()));
    }

    /** Polls once and delivers what came; returns how many alerts were delivered. */
    public int forward(Duration timeout) throws InterruptedException {
        return forward(timeout, alert -> { });
    }

    /** Polls once and delivers what came, handing each delivered alert to {@code delivered}; returns how many. */
    public int forward(Duration timeout, Consumer<Alert> delivered) throws InterruptedException {
        int n = 0;
        for (ConsumerRecord<String, Alert> r : consumer.poll(timeout)) {
            sink.deliver(r.value(), r.topic() + "-" + r.partition() + "-" + r.offset());
            consumer.commitSync(Map.of(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1)));
            delivered.accept(r.value());
            n++;
        }
        return n;
    }

    /** The end of every alert partition now: what "the alerts stored now" means for {@link #reached}. */
    public Map<TopicPartition, Long> endOffsets() {
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ALERTS.name(), Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        return consumer.endOffsets(partitions, Duration.ofSeconds(30));
    }

    /**
     * Whether nothing before {@code end} is left to deliver: on each partition the group's committed offset reached it
     * (whoever delivered), or this consumer's position did (a new group starting from now has nothing to deliver).
     */
    public boolean reached(Map<TopicPartition, Long> end) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(end.keySet(), Duration.ofSeconds(30));
        Set<TopicPartition> assigned = consumer.assignment();
        return end.entrySet().stream().allMatch(e -> {
            OffsetAndMetadata c = committed.get(e.getKey());
            return e.getValue() == 0 || c != null && c.offset() >= e.getValue()
                    || assigned.contains(e.getKey()) && consumer.position(e.getKey()) >= e.getValue();
        });
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
