package govwatch.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the current state from the reports store (interactive queries). An instance answers for the regions
 * whose partitions it hosts; with one instance, that is every region.
 */
public final class ReportQueries {

    private final KafkaStreams streams;

    public ReportQueries(KafkaStreams streams) {
        this.streams = streams;
    }

    /** Every known region with the plan years it has reports for, sorted by name. */
    public Map<String, List<Integer>> regions() {
        Map<String, TreeSet<Integer>> years = new TreeMap<>();
        try (KeyValueIterator<String, ReportState> all = store().all()) {
            all.forEachRemaining(kv -> years.computeIfAbsent(region(kv.key), r -> new TreeSet<>())
                    .add(kv.value.current().year()));
        }
        Map<String, List<Integer>> out = new TreeMap<>();
        years.forEach((region, set) -> out.put(region, List.copyOf(set)));
        return out;
    }

    /** A region's reports by plan year, oldest first. */
    public List<ReportState> reportsOf(String region) {
        List<ReportState> out = new ArrayList<>();
        try (KeyValueIterator<String, ReportState> it = store().prefixScan(region + "/", new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, ReportState> kv = it.next();
                if (region(kv.key).equals(region)) {
                    out.add(kv.value);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.current().year(), b.current().year()));
        return out;
    }

    /** One report with its targets and the history of its alerts. */
    public Optional<ReportState> report(String region, int year) {
        return Optional.ofNullable(store().get(region + "/" + year));
    }

    private ReadOnlyKeyValueStore<String, ReportState> store() {
        return streams.store(StoreQueryParameters.fromNameAndType(
                GovwatchTopology.REPORTS_STORE, QueryableStoreTypes.keyValueStore()));
    }

    private static String region(String reportId) {
        return reportId.substring(0, reportId.lastIndexOf('/'));
    }
}
