package govwatch.streams;

import govwatch.events.Alert;
import govwatch.events.PublishedReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the current state from the reports store (interactive queries). The local methods answer for the regions
 * whose partitions this instance hosts; {@link #ownerOf} and {@link #instances} say which instance hosts a region
 * and which instances exist, so that a caller can ask the right one (the store is partitioned by region name).
 */
public final class ReportQueries {

    /**
     * A report as the queries show it: its id, the latest version and the history of its alerts (not the stored
     * page).
     */
    public record ReportView(String reportId, PublishedReport current, List<Alert> history) {
        static ReportView of(ReportState state) {
            return new ReportView(state.current().id(), WireRecords.report(state.current()), state.alerts());
        }
    }

    /** Which instance hosts a region's reports: this one, another ({@code host}), or none right now (rebalancing). */
    public record Owner(boolean local, HostInfo host) {
        static final Owner UNKNOWN = new Owner(false, null);
    }

    private final KafkaStreams streams;
    private final HostInfo self;

    /** @param self this instance's {@code application.server}, or null when it runs alone */
    public ReportQueries(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    /** Queries of an instance that runs alone. */
    public ReportQueries(KafkaStreams streams) {
        this(streams, null);
    }

    /** The instance hosting the reports of {@code region}. */
    public Owner ownerOf(String region) {
        if (self == null) {
            return new Owner(true, null);
        }
        KeyQueryMetadata m = streams.queryMetadataForKey(GovwatchTopology.REPORTS_STORE, region, new StringSerializer());
        if (m == null || m.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            return Owner.UNKNOWN;
        }
        return new Owner(m.activeHost().equals(self), m.activeHost());
    }

    /** Every other instance hosting part of the store (empty when this one runs alone). */
    public List<HostInfo> otherInstances() {
        if (self == null) {
            return List.of();
        }
        Collection<StreamsMetadata> all = streams.streamsMetadataForStore(GovwatchTopology.REPORTS_STORE);
        return all.stream().map(StreamsMetadata::hostInfo).filter(h -> !h.equals(self)).distinct().toList();
    }

    /** Every region hosted here with the plan years it has reports for, sorted by name. */
    public Map<String, List<Integer>> regions() {
        return years(StoreKey::region);
    }

    /**
     * Every place hosted here, county-qualified where a page stated the county (奈曼旗东明镇), with its plan years:
     * two places of one name in different counties are two entries.
     */
    public Map<String, List<Integer>> places() {
        return years(key -> StoreKey.parent(key) + StoreKey.region(key));
    }

    /** A region's reports hosted here, by plan year, oldest first. */
    public List<ReportView> reportsOf(String region) {
        List<ReportView> out = new ArrayList<>();
        try (KeyValueIterator<String, ReportState> it = store().prefixScan(region + "/", new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, ReportState> kv = it.next();
                if (StoreKey.region(kv.key).equals(region)) {
                    out.add(ReportView.of(kv.value));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.current().year(), b.current().year()));
        return out;
    }

    /**
     * One report hosted here with its targets and the history of its alerts.
     *
     * @param county the county (parent) as in the report id, "" for a place seen without one, or null for the first
     *               place of that name
     */
    public Optional<ReportView> report(String region, int year, String county) {
        try (KeyValueIterator<String, ReportState> it = store().prefixScan(StoreKey.prefix(region, year),
                new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, ReportState> kv = it.next();
                if (county == null || StoreKey.parent(kv.key).equals(county)) {
                    return Optional.of(ReportView.of(kv.value));
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The report of id {@code reportId} ({@code 150525105000/2024}, {@code 南江县关路镇/2021}) if this instance hosts it.
     * An id names an official code or a county, not the region name the store is partitioned by, so this reads every
     * report hosted here (the store holds one entry per report: a few thousand).
     */
    public Optional<ReportView> reportById(String reportId) {
        try (KeyValueIterator<String, ReportState> all = store().all()) {
            while (all.hasNext()) {
                ReportState state = all.next().value;
                if (reportId.equals(state.current().id())) {
                    return Optional.of(ReportView.of(state));
                }
            }
        }
        return Optional.empty();
    }

    /** Every report hosted here, in store order (the store holds one entry per report: a few thousand). */
    public List<ReportView> all() {
        List<ReportView> out = new ArrayList<>();
        try (KeyValueIterator<String, ReportState> all = store().all()) {
            all.forEachRemaining(kv -> out.add(ReportView.of(kv.value)));
        }
        return out;
    }

    /** One report hosted here (the first, if several places share the name). */
    public Optional<ReportView> report(String region, int year) {
        return report(region, year, null);
    }

    private Map<String, List<Integer>> years(java.util.function.Function<String, String> name) {
        Map<String, TreeSet<Integer>> years = new TreeMap<>();
        try (KeyValueIterator<String, ReportState> all = store().all()) {
            all.forEachRemaining(kv -> years.computeIfAbsent(name.apply(kv.key), r -> new TreeSet<>())
                    .add(kv.value.current().year()));
        }
        Map<String, List<Integer>> out = new TreeMap<>();
        years.forEach((region, set) -> out.put(region, List.copyOf(set)));
        return out;
    }

    private ReadOnlyKeyValueStore<String, ReportState> store() {
        return streams.store(StoreQueryParameters.fromNameAndType(
                GovwatchTopology.REPORTS_STORE, QueryableStoreTypes.keyValueStore()));
    }
}
