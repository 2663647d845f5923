package govwatch.app.broker;

import govwatch.events.Topic;
import govwatch.events.Topics;
import govwatch.streams.StreamsApp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.Serdes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the govwatch topics that do not exist yet with the settings of {@link Topics} (compaction, record size),
 * and brings the settings of existing ones in line (a topic created by an older govwatch, or by hand), so that
 * nothing depends on broker-wide settings.
 */
public final class TopicSetup {

    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);
    private static final int WAIT_SECONDS = 60;

    private TopicSetup() {
    }

    public static void ensureTopics(String bootstrap, short replication) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            Set<String> existing = names(admin, bootstrap);
            List<NewTopic> missing = Topics.all().stream().filter(t -> !existing.contains(t.name()))
                    .map(t -> t.newTopic(replication)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(WAIT_SECONDS, TimeUnit.SECONDS);
                log.info("created topics {}", missing.stream().map(NewTopic::name).toList());
            }
            List<Topic<?, ?>> present = new ArrayList<>(Topics.all().stream()
                    .filter(t -> existing.contains(t.name())).toList());
            existing.stream().filter(TopicSetup::isStreamsInternal).map(TopicSetup::internal).forEach(present::add);
            alignSettings(admin, present);
        }
    }

    /** A repartition or changelog topic of the streams app (Kafka Streams creates them on its first start). */
    private static boolean isStreamsInternal(String topic) {
        return topic.startsWith(StreamsApp.APPLICATION_ID + "-")
                && (topic.endsWith("-repartition") || topic.endsWith("-changelog"));
    }

    /**
     * An internal topic with the record limit the streams app creates it with (see {@code GovwatchTopology.settings}):
     * one created by an older govwatch, that relied on a broker-wide limit, is brought in line.
     */
    private static Topic<?, ?> internal(String topic) {
        return new Topic<>(topic, Serdes.ByteArray(), Serdes.ByteArray(), 1, Map.of())
                .maxMessageBytes(Topics.MAX_RECORD_BYTES);
    }

    private static void alignSettings(Admin admin, List<Topic<?, ?>> topics) throws Exception {
        if (topics.isEmpty()) {
            return;
        }
        List<ConfigResource> resources = topics.stream()
                .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t.name())).toList();
        Map<ConfigResource, Config> now = admin.describeConfigs(resources).all().get(60, TimeUnit.SECONDS);
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        for (Topic<?, ?> t : topics) {
            ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, t.name());
            List<AlterConfigOp> ops = new ArrayList<>();
            t.configs().forEach((key, value) -> {
                ConfigEntry entry = now.get(r).get(key);
                if (entry == null || !value.equals(entry.value())) {
                    ops.add(new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET));
                }
            });
            if (!ops.isEmpty()) {
                changes.put(r, ops);
            }
        }
        if (!changes.isEmpty()) {
            admin.incrementalAlterConfigs(changes).all().get(60, TimeUnit.SECONDS);
            log.info("aligned topic settings: {}", changes);
        }
    }

    /**
     * Checks that the pipeline has run on the cluster (its alert topic exists), without creating anything.
     *
     * @param where how to name the cluster in the error (the data dir, or the bootstrap servers)
     * @throws IllegalStateException saying what to run first
     */
    public static void requireTopics(String bootstrap, String where) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            if (!names(admin, bootstrap).contains(Topics.ALERTS.name())) {
                throw new IllegalStateException("no govwatch pipeline has run on " + where + " (there is no topic "
                        + Topics.ALERTS.name() + "): start it first (govwatch run, or govwatch streams --bootstrap HOSTS)");
            }
        }
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    private static Set<String> names(Admin admin, String bootstrap) throws Exception {
        try {
            return admin.listTopics().names().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            boolean kafkaTimeout = e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException;
            if (e instanceof ExecutionException && !kafkaTimeout) {
                throw e;
            }
            throw new IllegalStateException("no Kafka broker answered at " + bootstrap + " within " + WAIT_SECONDS
                    + " s: check --bootstrap HOSTS and that the cluster is up", e);
        }
    }
}
