package govwatch.events;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/** The topic names, defined once and used by the crawler, the topology, the app and the tests. */
public final class Topics {
    /** Fetched pages, keyed by canonical URL. */
    public static final String PAGES = "govwatch.pages";
    /** The latest understood version of each report, keyed by report id; compacted. */
    public static final String REPORTS = "govwatch.reports";
    /** The product: alert events, keyed by report id. */
    public static final String ALERTS = "govwatch.alerts";
    /** Pages that could not be read or understood, with the reason. */
    public static final String PAGES_DLQ = "govwatch.pages.dlq";
    /** The crawler's memory (validators, hashes), keyed by canonical URL; compacted. */
    public static final String CRAWL_STATE = "govwatch.crawl-state";
    /** Portal health events (unreachable, robots-blocked), keyed by portal id. */
    public static final String PORTAL_EVENTS = "govwatch.portal-events";

    /** Partitions per topic: the unit of parallelism of the streams app. */
    public static final int PARTITIONS = 3;

    private Topics() {
    }

    /** Every topic govwatch needs, with its settings, for creation at start. */
    public static List<NewTopic> all(short replication) {
        Map<String, String> compacted = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        return List.of(
                new NewTopic(PAGES, PARTITIONS, replication).configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "16777216")),
                new NewTopic(REPORTS, PARTITIONS, replication).configs(compacted),
                new NewTopic(ALERTS, PARTITIONS, replication),
                new NewTopic(PAGES_DLQ, 1, replication).configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "16777216")),
                new NewTopic(CRAWL_STATE, PARTITIONS, replication).configs(compacted),
                new NewTopic(PORTAL_EVENTS, 1, replication));
    }
}
