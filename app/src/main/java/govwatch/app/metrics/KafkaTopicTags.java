package govwatch.app.metrics;

import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Kafka's consumer reports each per-topic and per-partition meter of a topic whose name has a dot twice: tagged
 * with the real name ({@code govwatch.pages}) and, deprecated since KIP-1109, with the dots replaced by
 * underscores ({@code govwatch_pages}). A dashboard would show every topic twice; the copy is dropped here.
 * govwatch's topics are all named {@code govwatch.<name>} and Kafka Streams' internal ones
 * {@code govwatch-streams-<name>}, so a {@code govwatch_} topic tag can only be such a copy.
 */
final class KafkaTopicTags {

    /** The underscore form of the prefix every govwatch topic name starts with. */
    private static final String DEPRECATED_PREFIX = "govwatch_";

    private KafkaTopicTags() {
    }

    /** Denies the Kafka client meters tagged with the underscore form of a govwatch topic name. */
    static MeterFilter dropDeprecatedCopies() {
        return MeterFilter.deny(id -> {
            String topic = id.getTag("topic");
            return topic != null && topic.startsWith(DEPRECATED_PREFIX) && id.getName().startsWith("kafka.");
        });
    }
}
