package govwatch.streams;

import govwatch.events.Alert;
import govwatch.understanding.model.Report;
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

    /** A report as the queries show it: the latest version and the history of its alerts (not the stored page). */
    public record ReportView(Report current, List<Alert> history) {
        static ReportView of(ReportState state) {
            return new ReportView(state.current(), state.history());
        }
    }

    private final KafkaStreams streams;

    public ReportQueries(KafkaStreams streams) {
        this.streams = streams;
    }

    /** Every known region with the plan years it has reports for, sorted by name. */
    public Map<String, List<Integer>> regions() {
        Map<String, TreeSet<Integer>> years = new TreeMap<>();
        try (KeyValueIterator<String, ReportState> all = store().all()) {
            all.forEachRemaining(kv -> years.computeIfAbsent(StoreKey.region(kv.key), r -> new TreeSet<>())
                    .add(kv.value.current().year()));
        }
        Map<String, List<Integer>> out = new TreeMap<>();
        years.forEach((region, set) -> out.put(region, List.copyOf(set)));
        return out;
    }

    /** A region's reports by plan year, oldest first. */
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

    /** One report with its targets and the history of its alerts (the first, if several places share the name). */
    public Optional<ReportView> report(String region, int year) {
        try (KeyValueIterator<String, ReportState> it = store().prefixScan(StoreKey.prefix(region, year),
                new StringSerializer())) {
            return it.hasNext() ? Optional.of(ReportView.of(it.next().value)) : Optional.empty();
        }
    }

    private ReadOnlyKeyValueStore<String, ReportState> store() {
        return streams.store(StoreQueryParameters.fromNameAndType(
                GovwatchTopology.REPORTS_STORE, QueryableStoreTypes.keyValueStore()));
    }

}
