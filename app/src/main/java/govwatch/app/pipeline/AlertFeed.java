package govwatch.app.pipeline;

import govwatch.app.broker.TopicReads;
import govwatch.events.Alert;
import govwatch.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads the alert topic (committed alerts only) from now or from the beginning, without a consumer group,
 * and hands each alert to a sink. Not thread-safe: one thread polls.
 */
public final class AlertFeed implements AutoCloseable {

    private final KafkaConsumer<String, Alert> consumer;
    private final List<TopicPartition> partitions;

    public AlertFeed(String bootstrap, boolean fromBeginning) {
        consumer = TopicReads.reader(bootstrap, Topics.ALERTS);
        try {
            partitions = TopicReads.assignAll(consumer, Topics.ALERTS, Duration.ofSeconds(30));
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
        TopicReads.drain(consumer, partitions, timeout, r -> sink.accept(r.value()));
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
