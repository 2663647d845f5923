package govwatch.crawler.kafka;

import govwatch.crawler.CrawlState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A {@link KafkaCrawlState} over mock clients whose "topic" is a list: what one instance writes, the next
 * instance reads at open, like a compacted topic across a restart. Each open has a new local copy (deleted on
 * close), so it reads the whole "topic".
 */
public final class MockKafkaState {
    private final List<ProducerRecord<String, byte[]>> topic = new ArrayList<>();
    private MockProducer<String, byte[]> producer;

    /** Opens a state that has read everything written by the earlier ones. */
    public KafkaCrawlState open() {
        try {
            return open(Files.createTempDirectory("crawl-state-test-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a state with its local copy in {@code dir}, kept on close unless {@code deleteOnClose}. */
    public KafkaCrawlState open(Path dir, boolean deleteOnClose) {
        if (producer != null) {
            topic.addAll(producer.history());
        }
        producer = KafkaCrawlStateTest.producer();
        KafkaCrawlState state = new KafkaCrawlState(LocalCrawlStore.open(dir), producer, CrawlState.FORGET_GONE_AFTER, deleteOnClose);
        state.restore(KafkaCrawlStateTest.consumerWith(List.copyOf(topic)), "topic-1", List.of(0, 1));
        return state;
    }

    /** What the instances opened so far have written, in order. */
    public List<ProducerRecord<String, byte[]>> written() {
        List<ProducerRecord<String, byte[]>> all = new ArrayList<>(topic);
        if (producer != null) {
            all.addAll(producer.history());
        }
        return all;
    }
}
