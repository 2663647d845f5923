package govwatch.crawler.kafka;

import govwatch.events.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.rocksdb.RocksDBException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the local store up to the end of the crawl-state topic: from the offsets it saved when it is a copy of
 * this very topic (only the tail is read), from the beginning when it is new, was deleted, or does not match
 * the topic (another topic id, offsets outside the topic's range).
 */
final class TopicRestore {
    private static final Logger log = LoggerFactory.getLogger(TopicRestore.class);
    private static final Duration POLL = Duration.ofMillis(200);

    /** What a restore did. */
    record Result(boolean fromScratch, long records, Map<Integer, Long> next) {
    }

    private TopicRestore() {
    }

    /** Applies the topic's records after the store's offsets, in order, up to the end offsets taken at the start. */
    static Result restore(Consumer<String, byte[]> consumer, LocalCrawlStore store, String topicId, List<Integer> partitionIds) {
        List<TopicPartition> partitions = partitionIds.stream().map(p -> new TopicPartition(Topics.CRAWL_STATE.name(), p)).toList();
        consumer.assign(partitions); // before asking for offsets, which the consumer would otherwise warn about
        Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<Integer, Long> saved = store.offsets();
        boolean fromScratch = !topicId.equals(store.topicId()) || partitions.stream().anyMatch(p -> {
            Long next = saved.get(p.partition());
            return next != null && (next < begin.get(p) || next > end.get(p));
        });
        if (fromScratch) {
            log.info("crawl state in {}: restoring from the beginning of {}", store.dir(), Topics.CRAWL_STATE.name());
            store.reset(topicId);
        }
        for (TopicPartition p : partitions) {
            consumer.seek(p, fromScratch ? begin.get(p) : saved.getOrDefault(p.partition(), begin.get(p)));
        }
        long records = 0;
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            records += apply(consumer.poll(POLL), store);
        }
        Map<Integer, Long> next = new HashMap<>();
        partitions.forEach(p -> next.put(p.partition(), consumer.position(p)));
        store.saveOffsets(next);
        store.flush();
        return new Result(fromScratch, records, next);
    }

    /** One poll's records and the offsets after them, in one atomic write. */
    private static int apply(ConsumerRecords<String, byte[]> polled, LocalCrawlStore store) {
        if (polled.isEmpty()) {
            return 0;
        }
        try (LocalCrawlStore.Batch batch = store.bulkBatch()) {
            for (ConsumerRecord<String, byte[]> r : polled) {
                if (r.key() != null) {
                    batch.record(r.key(), r.value());
                }
                batch.nextOffset(r.partition(), r.offset() + 1);
            }
            batch.write();
        } catch (RocksDBException e) {
            throw new IllegalStateException("crawl state restore failed in " + store.dir() + ": " + e.getMessage(), e);
        }
        return polled.count();
    }
}
