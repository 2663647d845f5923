package govwatch.app.export;

import govwatch.app.broker.TopicReads;
import govwatch.events.JsonSerde;
import govwatch.events.Topics;
import govwatch.understanding.model.Report;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The reports stored now on the compacted {@code govwatch.reports} topic: read from the beginning to the end offsets
 * taken at the start, keeping the latest value of each report id; a tombstone removes its id.
 */
public final class StoredReports {

    private StoredReports() {
    }

    /** Every report stored now, ordered by report id. */
    public static Collection<Report> read(String bootstrap, Duration timeout) {
        Map<String, Report> latest = new TreeMap<>();
        try (KafkaConsumer<String, Report> consumer = new KafkaConsumer<>(TopicReads.readerConfig(bootstrap),
                new StringDeserializer(), JsonSerde.of(Report.class))) {
            List<TopicPartition> partitions = TopicReads.assignAll(consumer, Topics.REPORTS);
            consumer.seekToBeginning(partitions);
            TopicReads.drain(consumer, partitions, timeout, r -> {
                if (r.value() == null) {
                    latest.remove(r.key());
                } else {
                    latest.put(r.key(), r.value());
                }
            });
        }
        return latest.values().stream().filter(Report::report).toList();
    }
}
