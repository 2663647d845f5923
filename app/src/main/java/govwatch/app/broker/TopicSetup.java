package govwatch.app.broker;

import govwatch.events.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the govwatch topics that do not exist yet, with their settings (reports and crawl state compacted). */
public final class TopicSetup {

    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);
    private static final int WAIT_SECONDS = 60;

    private TopicSetup() {
    }

    public static void ensureTopics(String bootstrap, short replication) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            Set<String> existing = names(admin, bootstrap);
            var missing = Topics.all(replication).stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(WAIT_SECONDS, TimeUnit.SECONDS);
                log.info("created topics {}", missing.stream().map(NewTopic::name).toList());
            }
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
            if (!names(admin, bootstrap).containsAll(List.of(Topics.ALERTS))) {
                throw new IllegalStateException("no govwatch pipeline has run on " + where + " (there is no topic "
                        + Topics.ALERTS + "): start it first (govwatch run, or govwatch streams --bootstrap HOSTS)");
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
