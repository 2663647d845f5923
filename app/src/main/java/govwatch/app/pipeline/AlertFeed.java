package govwatch.app.pipeline;

import govwatch.events.Alert;
import govwatch.events.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads the alert topic (committed alerts only) from now or from the beginning, without a consumer group,
 * and hands each alert to a sink. Not thread-safe: one thread polls.
 */
public final class AlertFeed implements AutoCloseable {

    private final KafkaConsumer<String, Alert> consumer;
    private final List<TopicPartition> partitions;

    public AlertFeed(String bootstrap, boolean fromBeginning) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config, Topics.ALERTS.keySerde().deserializer(),
                Topics.ALERTS.valueSerde().deserializer());
        try {
            partitions = partitionsOf(consumer, Duration.ofSeconds(30));
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            partitions.forEach(consumer::position); // pin "now" before anything else is produced
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            throw e;
        }
    }

    /** The alert topic's partitions; a topic created a moment ago may take a few metadata rounds to show them. */
    private static List<TopicPartition> partitionsOf(KafkaConsumer<String, Alert> consumer, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<TopicPartition> found = consumer.partitionsFor(Topics.ALERTS.name(), timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (!found.isEmpty()) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("topic " + Topics.ALERTS.name() + " has no partitions after " + timeout
                        + ": is it created on this cluster?");
            }
            LockSupport.parkNanos(100_000_000L); // each partitionsFor asks the cluster again
        }
    }

    /** Polls once, handing every alert to {@code sink}; returns how many. */
    public int poll(Duration timeout, Consumer<Alert> sink) {
        int n = 0;
        for (ConsumerRecord<String, Alert> r : consumer.poll(timeout)) {
            sink.accept(r.value());
            n++;
        }
        return n;
    }

    /** Polls until every alert committed so far has been handed to {@code sink}. */
    public void drain(Consumer<Alert> sink, Duration timeout) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached(end)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("alerts not all read within " + timeout);
            }
            poll(Duration.ofMillis(200), sink);
        }
    }

    private boolean reached(Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
