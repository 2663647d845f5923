package govwatch.streams;

import govwatch.understanding.model.Report;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Finds the stored report a new version belongs to. The same report may be read with its parent county on one page
 * and without it on another (a mirror, a later revision): a version with a parent matches the entry of that parent
 * or, failing that, the entry seen without one, or the entry last read from the same URL (a page does not move: after
 * an upgrade that names its county officially, 芷江县 → 芷江侗族自治县, the stored entry is still this report); a version
 * without a parent matches the only entry of that name and year — when several places of that name are known, it is
 * ambiguous and matches nothing.
 */
final class StoredReports {

    /** Where a version belongs: its store key, the stored state (null if new), and an old key to retire. */
    record Match(String key, ReportState state, String retiredKey, boolean ambiguous) {
    }

    private final KeyValueStore<String, ReportState> store;

    StoredReports(KeyValueStore<String, ReportState> store) {
        this.store = store;
    }

    Match find(Report report) {
        return find(report.region().name(), report.year(), report.parent() == null ? null : report.parent().name(),
                report.sourceUrl());
    }

    private Match find(String region, int year, String parent, String url) {
        String key = StoreKey.prefix(region, year) + (parent == null ? "" : parent);
        List<KeyValue<String, ReportState>> same = sameName(region, year);
        for (KeyValue<String, ReportState> kv : same) {
            if (kv.key.equals(key)) {
                return new Match(key, kv.value, null, false);
            }
        }
        if (parent != null) {
            for (KeyValue<String, ReportState> kv : same) {
                if (!StoreKey.hasParent(kv.key)) {
                    return new Match(key, kv.value, kv.key, false); // now we know its county: re-key it
                }
            }
            for (KeyValue<String, ReportState> kv : same) {
                if (url != null && url.equals(kv.value.current().sourceUrl())) {
                    return new Match(key, kv.value, kv.key, false); // the same page, its county now named otherwise
                }
            }
            return new Match(key, null, null, false);
        }
        if (same.size() == 1) {
            return new Match(same.get(0).key, same.get(0).value, null, false);
        }
        return new Match(key, null, null, !same.isEmpty());
    }

    /** The region's report for the year before, by the same matching, or null. */
    Report previousYear(Report report) {
        Match m = find(report.region().name(), report.year() - 1,
                report.parent() == null ? null : report.parent().name(), null);
        return m.state() == null ? null : m.state().current();
    }

    /** Stores {@code state} under the match's key, then deletes the retired key (if any): a failed put loses nothing. */
    void save(Match match, ReportState state) {
        store.put(match.key(), state);
        if (match.retiredKey() != null) {
            store.delete(match.retiredKey());
        }
    }

    private List<KeyValue<String, ReportState>> sameName(String region, int year) {
        List<KeyValue<String, ReportState>> out = new ArrayList<>();
        try (KeyValueIterator<String, ReportState> it = store.prefixScan(StoreKey.prefix(region, year),
                new StringSerializer())) {
            it.forEachRemaining(out::add);
        }
        return out;
    }
}
