package govwatch.app.broker;

import govwatch.events.Topic;
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
 * How govwatch's readers (alerts, export, coverage) read a topic without a consumer group: committed records only,
 * every partition assigned, and "what is stored now" as the end offsets taken when the read starts.
 */
public final class TopicReads {

    private TopicReads() {
    }

    /** A consumer of {@code topic} with its serdes: read committed, no group, no offset commits. */
    public static <K, V> KafkaConsumer<K, V> reader(String bootstrap, Topic<K, V> topic) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    /**
     * Assigns every partition of {@code topic} to {@code consumer} and returns them; a topic created a moment ago may
     * take a few metadata rounds to show its partitions.
     */
    public static List<TopicPartition> assignAll(KafkaConsumer<?, ?> consumer, Topic<?, ?> topic, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<TopicPartition> found = consumer.partitionsFor(topic.name(), timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (!found.isEmpty()) {
                consumer.assign(found);
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("topic " + topic.name() + " has no partitions after " + timeout
                        + ": is it created on this cluster?");
            }
            LockSupport.parkNanos(100_000_000L); // each partitionsFor asks the cluster again
        }
    }

    /**
     * Polls until every record committed when this is called has been handed to {@code sink}, then returns.
     *
     * @throws IllegalStateException when that takes longer than {@code timeout}
     */
    public static <K, V> void drain(KafkaConsumer<K, V> consumer, List<TopicPartition> partitions, Duration timeout,
            Consumer<ConsumerRecord<K, V>> sink) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(partitions.get(0).topic() + " not all read within " + timeout
                        + ": is the cluster overloaded?");
            }
            consumer.poll(Duration.ofMillis(200)).forEach(sink);
        }
    }
}
