package govwatch.crawler.kafka;

import govwatch.crawler.PageMemory;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A {@link KafkaCrawlState} over mock clients whose "topic" is a list: what one instance writes, the next
 * instance reads at open, like a compacted topic across a restart.
 */
public final class MockKafkaState {
    private final List<ProducerRecord<String, PageMemory>> topic = new ArrayList<>();
    private MockProducer<String, PageMemory> producer;

    /** Opens a state that has read everything written by the earlier ones. */
    public KafkaCrawlState open() {
        if (producer != null) {
            topic.addAll(producer.history());
        }
        producer = KafkaCrawlStateTest.producer();
        KafkaCrawlState state = new KafkaCrawlState(producer);
        state.load(KafkaCrawlStateTest.consumerWith(List.copyOf(topic)));
        return state;
    }
}
