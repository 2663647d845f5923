package govwatch.app.metrics;

import govwatch.events.Topics;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Kafka's consumer reports each per-topic and per-partition meter of a topic whose name has a dot twice: tagged
 * with the real name ({@code govwatch.pages}) and, deprecated since KIP-1109, with the dots replaced by
 * underscores ({@code govwatch_pages}). A dashboard would show every topic twice; the copy is dropped here.
 * Only govwatch's own topic names are matched, so a real topic named with underscores is never hidden.
 */
final class KafkaTopicTags {

    private KafkaTopicTags() {
    }

    /** Denies the Kafka client meters tagged with the underscore form of one of govwatch's dotted topic names. */
    static MeterFilter dropDeprecatedCopies() {
        Set<String> copies = Topics.all((short) 1).stream().map(NewTopic::name).filter(name -> name.contains("."))
                .map(name -> name.replace('.', '_')).collect(Collectors.toUnmodifiableSet());
        return MeterFilter.deny(id -> {
            String topic = id.getTag("topic");
            return topic != null && id.getName().startsWith("kafka.") && copies.contains(topic);
        });
    }
}
