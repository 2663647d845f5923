package govwatch.app.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.TopologyDescription;

/**
 * The streams app's lag on everything it reads: tells when it has processed all that was published so far, i.e.
 * its committed offsets (committed in the same transaction as its output, under exactly-once) have reached the end
 * of every source topic of its topology, subtopology by subtopology. The topics come from Kafka Streams' own
 * description of the topology, so a new or renamed repartition topic is followed without a name spelled here.
 */
public final class StreamsLag implements AutoCloseable {

    private final Admin admin;
    private final String applicationId;
    private final List<String> topics;

    /**
     * @param applicationId the streams app's application id (its consumer group, and the prefix of its internal topics)
     * @param topology      the app's topology, as {@code Topology#describe()} gives it
     */
    public StreamsLag(String bootstrap, String applicationId, TopologyDescription topology) {
        this.applicationId = applicationId;
        this.topics = sourceTopics(applicationId, topology);
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /**
     * The topics the app reads, in the order data flows through them: the sources of each subtopology in turn. A
     * source the topology also writes is one of Kafka Streams' internal topics (a repartition topic), whose real name
     * carries the application id as prefix ({@code <applicationId>-<name>}).
     */
    static List<String> sourceTopics(String applicationId, TopologyDescription topology) {
        Set<String> written = new HashSet<>();
        for (TopologyDescription.Subtopology sub : topology.subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Sink sink && sink.topic() != null) {
                    written.add(sink.topic());
                }
            }
        }
        List<String> topics = new ArrayList<>();
        topology.subtopologies().stream().sorted(Comparator.comparingInt(TopologyDescription.Subtopology::id))
                .forEach(sub -> sub.nodes().stream()
                        .filter(TopologyDescription.Source.class::isInstance)
                        .flatMap(node -> ((TopologyDescription.Source) node).topicSet().stream().sorted())
                        .map(topic -> written.contains(topic) ? applicationId + "-" + topic : topic)
                        .filter(topic -> !topics.contains(topic))
                        .forEach(topics::add));
        return List.copyOf(topics);
    }

    /** The topics waited for, in order. */
    public List<String> topics() {
        return topics;
    }

    /**
     * Waits until every source topic is processed to its current end, calling {@code whileWaiting} between checks
     * (it should block briefly, e.g. poll for alerts, and answer whether to go on waiting).
     *
     * @return true when caught up, false when {@code whileWaiting} gave up
     * @throws IllegalStateException after {@code timeout}
     */
    public boolean await(Duration timeout, BooleanSupplier whileWaiting) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        // In flow order: only once a subtopology's input is processed is the next one's input complete.
        for (String topic : topics) {
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

    /** End offsets of committed data; empty while the topic does not exist yet (an internal topic before the
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
                .listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata()
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
