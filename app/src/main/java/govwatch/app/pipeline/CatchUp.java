package govwatch.app.pipeline;

import govwatch.events.Topics;
import govwatch.streams.GovwatchTopology;
import govwatch.streams.StreamsApp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Tells when the streams app has processed everything published so far: its committed offsets (committed in
 * the same transaction as its output, under exactly-once) have reached the end of the pages topic and of
 * its repartition topic.
 */
public final class CatchUp implements AutoCloseable {

    private static final String REPARTITION_TOPIC =
            StreamsApp.APPLICATION_ID + "-" + GovwatchTopology.REPARTITION + "-repartition";

    private final Admin admin;

    public CatchUp(String bootstrap) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /**
     * Waits until both topics are processed to their current end, calling {@code whileWaiting} between checks
     * (it should block briefly, e.g. poll for alerts, and answer whether to go on waiting).
     *
     * @return true when caught up, false when {@code whileWaiting} gave up
     * @throws IllegalStateException after {@code timeout}
     */
    public boolean await(Duration timeout, BooleanSupplier whileWaiting) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        // Pages first: only once they are processed is the repartition topic complete.
        for (String topic : List.of(Topics.PAGES.name(), REPARTITION_TOPIC)) {
            Map<TopicPartition, Long> end = endOffsets(topic);
            while (!caughtUp(end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("streams app has not processed " + topic + " within " + timeout);
                }
                if (!whileWaiting.getAsBoolean()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** End offsets of committed data; empty while the topic does not exist yet (the repartition topic before the
     *  streams app's first rebalance), which counts as nothing to wait for on a first pass of pages. */
    private Map<TopicPartition, Long> endOffsets(String topic) throws Exception {
        if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
            return Map.of();
        }
        var description = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
        Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
        description.partitions().forEach(p -> specs.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> end = new HashMap<>();
        admin.listOffsets(specs, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(30, TimeUnit.SECONDS)
                .forEach((tp, info) -> end.put(tp, info.offset()));
        return end;
    }

    private boolean caughtUp(Map<TopicPartition, Long> end) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin
                .listConsumerGroupOffsets(StreamsApp.APPLICATION_ID).partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS);
        return end.entrySet().stream().allMatch(e -> {
            OffsetAndMetadata c = committed.get(e.getKey());
            return e.getValue() == 0 || (c != null && c.offset() >= e.getValue());
        });
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
