package govwatch.streams;

import govwatch.events.Topics;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams settings govwatch runs with: its defaults, the topology's own, then the caller's over both. */
final class StreamsSettings {

    /**
     * Stream threads per instance unless {@code num.stream.threads} is given: one per partition of the pages topic, so
     * that each analysis task has a thread of its own and the analysis, the bulk of the work, spreads over every core
     * (with fewer threads than tasks, one thread carries two analysis tasks and the others wait for it).
     */
    static final int DEFAULT_THREADS = Topics.PARTITIONS;

    /**
     * How often a member tells the group coordinator it is alive, and so learns that the group rebalances (Kafka's
     * default is 3 s). A first start on a cluster rebalances twice: the assignment creates the internal topics, and the
     * changed metadata makes the leader rejoin; the other threads join that second round only at their next heartbeat.
     */
    static final int HEARTBEAT_MS = 500;

    /**
     * How long a restore consumer's fetch waits for data (Kafka's default is 500 ms): the state updater hears of a
     * changelog it just began, even an empty one, only when the fetch in flight returns.
     */
    static final int RESTORE_FETCH_WAIT_MS = 50;

    /**
     * How long a stream thread's fetch waits for data (Kafka's default is 500 ms): closing the app waits for the fetch
     * in flight, so a {@code run --once} ended ~0.4 s later. An idle thread fetches ten times a second instead of twice.
     */
    static final int FETCH_WAIT_MS = 100;

    private StreamsSettings() {
    }

    /**
     * @param bootstrap   Kafka bootstrap servers
     * @param stateDir    where RocksDB keeps the stores
     * @param replication replication factor of internal topics
     * @param topology    the topology's own settings ({@link GovwatchTopology#settings})
     * @param extra       further settings, overriding everything above
     */
    static Properties of(String bootstrap, Path stateDir, int replication, Map<String, ?> topology,
                         Map<String, ?> extra) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, StreamsApp.APPLICATION_ID);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replication);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, DEFAULT_THREADS);
        // A page or a report version is tens of KB: the default 1,000 records buffered per partition would hold
        // hundreds of MB whenever the topology lags the crawl; 100 still keep every thread busy.
        props.put(StreamsConfig.BUFFERED_RECORDS_PER_PARTITION_CONFIG, 100);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // What a consumer fetched ahead is held per partition: 1 MB each (Kafka's default), not the 16 MB a record may
        // take, keeps that bounded while the topology lags the crawl. A larger page still comes whole: a fetch always
        // returns the first batch of a partition, whatever its size.
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), 1024 * 1024);
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, HEARTBEAT_MS); // unprefixed: a caller's one replaces it
        props.put(StreamsConfig.restoreConsumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG), RESTORE_FETCH_WAIT_MS);
        props.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG), FETCH_WAIT_MS);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), Topics.PRODUCER_BATCH_BYTES);
        props.putAll(topology); // dead letters, internal topic and producer record limits
        props.putAll(extra);
        return props;
    }
}
