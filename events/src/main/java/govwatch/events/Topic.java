package govwatch.events;

import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/**
 * One Kafka topic as govwatch uses it: its name, the serdes of its keys and values, and the settings govwatch
 * creates it with. Defined once in {@link Topics}; the topology, the crawler, the app and the tests all use it, so
 * the name, the record types and the record size limit cannot drift apart.
 *
 * @param name       the topic name
 * @param keySerde   how keys are written and read
 * @param valueSerde how values are written and read
 * @param partitions partitions at creation
 * @param configs    topic settings at creation (cleanup.policy, max.message.bytes …); empty means broker defaults
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, int partitions,
                          Map<String, String> configs) {

    /** A stock broker's record batch limit ({@code message.max.bytes} default): what a topic allows unless told. */
    public static final int STOCK_MAX_MESSAGE_BYTES = 1_048_588;

    public Topic {
        configs = Map.copyOf(configs);
    }

    /** This topic with one more creation setting. */
    public Topic<K, V> with(String config, String value) {
        Map<String, String> more = new TreeMap<>(configs);
        more.put(config, value);
        return new Topic<>(name, keySerde, valueSerde, partitions, more);
    }

    /** This topic compacted: the latest value per key is kept, a null value (tombstone) deletes the key. */
    public Topic<K, V> compacted() {
        return with(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    }

    /** This topic accepting record batches up to {@code bytes}; producers writing to it should match. */
    public Topic<K, V> maxMessageBytes(int bytes) {
        return with(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(bytes));
    }

    /**
     * The same topic read and written with another value serde, for a record type that belongs to its writer
     * (the crawler's memory) rather than to the wire contract.
     */
    public <W> Topic<K, W> withValueSerde(Serde<W> serde) {
        return new Topic<>(name, keySerde, serde, partitions, configs);
    }

    /** The largest record batch the topic accepts as govwatch creates it. */
    public int maxMessageBytes() {
        String set = configs.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
        return set == null ? STOCK_MAX_MESSAGE_BYTES : Integer.parseInt(set);
    }

    /** The creation request for this topic. */
    public NewTopic newTopic(short replication) {
        return new NewTopic(name, partitions, replication).configs(configs);
    }

    /** A record for this topic. */
    public ProducerRecord<K, V> record(K key, V value) {
        return new ProducerRecord<>(name, key, value);
    }

    @Override
    public String toString() {
        return name;
    }
}
