package govwatch.app.export;

import govwatch.app.broker.TopicReads;
import govwatch.events.PublishedReport;
import govwatch.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The reports stored now on the compacted {@code govwatch.reports} topic: read from the beginning to the end offsets
 * taken at the start, keeping the latest value of each report id; a tombstone removes its id.
 */
public final class StoredReports {

    private StoredReports() {
    }

    /** Every report stored now, by report id. */
    public static SortedMap<String, PublishedReport> read(String bootstrap, Duration timeout) {
        SortedMap<String, PublishedReport> latest = new TreeMap<>();
        try (KafkaConsumer<String, PublishedReport> consumer = TopicReads.reader(bootstrap, Topics.REPORTS)) {
            List<TopicPartition> partitions = TopicReads.assignAll(consumer, Topics.REPORTS, Duration.ofSeconds(30));
            consumer.seekToBeginning(partitions);
            TopicReads.drain(consumer, partitions, timeout, r -> {
                if (r.value() == null || !r.value().report()) {
                    latest.remove(r.key());
                } else {
                    latest.put(r.key(), r.value());
                }
            });
        }
        return latest;
    }
}
