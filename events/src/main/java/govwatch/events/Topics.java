package govwatch.events;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every govwatch topic, defined once with its name, serdes and creation settings, and used by the crawler, the
 * topology, the app and the tests. A stock broker needs no setting changed: the topics that carry large records
 * (pages, dead letters) are created with their own {@code max.message.bytes}, and every producer writing to them
 * sets {@code max.request.size} to {@link #MAX_RECORD_BYTES}.
 */
public final class Topics {

    /** The largest record govwatch writes (a page of the crawler's 5 MB body cap, as JSON), and the producers' limit. */
    public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

    /** What a record's value may take of {@link #MAX_RECORD_BYTES}, leaving room for its key and batch overhead. */
    public static final int MAX_VALUE_BYTES = MAX_RECORD_BYTES - 64 * 1024;

    /**
     * {@code batch.size} of the producers writing pages and reports: records of tens of KB (a page, a report with its
     * targets) outgrow the 16 KB default, which gives each record a batch and compression buffers of its own, allocated
     * and thrown away per record; a batch this size takes several, and its buffer is pooled.
     */
    public static final int PRODUCER_BATCH_BYTES = 256 * 1024;

    /** Partitions per topic: the unit of parallelism of the streams app. */
    public static final int PARTITIONS = 3;

    /** Fetched pages, keyed by canonical URL. */
    public static final Topic<String, PageEvent> PAGES = keyedByString("govwatch.pages", PageEvent.class)
            .maxMessageBytes(MAX_RECORD_BYTES);
    /** The latest understood version of each report, keyed by report id; compacted, a retired id gets a tombstone. */
    public static final Topic<String, PublishedReport> REPORTS =
            keyedByString("govwatch.reports", PublishedReport.class).compacted().maxMessageBytes(MAX_RECORD_BYTES);
    /** The product: alert events, keyed by report id. */
    public static final Topic<String, Alert> ALERTS = keyedByString("govwatch.alerts", Alert.class)
            .maxMessageBytes(MAX_RECORD_BYTES);
    /** Records that could not be read, understood or written, with the stage, the reason and the original bytes. */
    public static final Topic<String, DeadLetter> PAGES_DLQ = new Topic<>("govwatch.pages.dlq", Serdes.String(),
            JsonSerde.of(DeadLetter.class).limitedTo(MAX_VALUE_BYTES), 1, Map.of()).maxMessageBytes(MAX_RECORD_BYTES);
    /**
     * The crawler's memory, keyed by canonical URL; compacted. Its value type belongs to the crawler, which reads it
     * through {@link Topic#withValueSerde}.
     */
    public static final Topic<String, byte[]> CRAWL_STATE = new Topic<>("govwatch.crawl-state", Serdes.String(),
            Serdes.ByteArray(), PARTITIONS, Map.of()).compacted();
    /** Portal health events (unreachable, robots-blocked), keyed by portal id. */
    public static final Topic<String, PortalEvent> PORTAL_EVENTS = new Topic<>("govwatch.portal-events",
            Serdes.String(), JsonSerde.of(PortalEvent.class), 1, Map.of());

    private Topics() {
    }

    /** Every topic govwatch creates at start. */
    public static List<Topic<?, ?>> all() {
        return List.of(PAGES, REPORTS, ALERTS, PAGES_DLQ, CRAWL_STATE, PORTAL_EVENTS);
    }

    private static <V> Topic<String, V> keyedByString(String name, Class<V> type) {
        Serde<V> values = JsonSerde.of(type).limitedTo(MAX_VALUE_BYTES);
        return new Topic<>(name, Serdes.String(), values, PARTITIONS, Map.of());
    }
}
