package govwatch.streams;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the coverage store keeps per watched county (keyed by its 12-digit code): since when it is watched, which of
 * its townships have published a report per plan year, and for which it raised MISSING_REPORT per plan year. Bounded
 * by the county's townships (a few dozen) times the plan years seen; immutable.
 *
 * @param watchedSince when the first page of a portal publishing for the county arrived; null while only reports of
 *                     its townships are known (from other portals, or ahead of the first page: the two reach the
 *                     store by different paths)
 * @param published    plan year → codes of the townships with a report for it
 * @param raised       plan year → codes of the townships a MISSING_REPORT was raised for
 */
public record CountyCoverage(Instant watchedSince, SortedMap<Integer, SortedSet<String>> published,
                             SortedMap<Integer, SortedSet<String>> raised) {

    public CountyCoverage {
        published = copy(published);
        raised = copy(raised);
    }

    /** The county's first page arrived at {@code now} (the first one counts). */
    CountyCoverage watching(Instant now) {
        return watchedSince != null ? this : new CountyCoverage(now, published, raised);
    }

    /** Nothing known but a report of one of its townships. */
    static CountyCoverage unwatched() {
        return new CountyCoverage(null, null, null);
    }

    /** The townships with a report for {@code year}. */
    Set<String> published(int year) {
        return published.getOrDefault(year, new TreeSet<>());
    }

    /** The townships already alerted as missing for {@code year}. */
    Set<String> raised(int year) {
        return raised.getOrDefault(year, new TreeSet<>());
    }

    /** Whether {@code township} is known to have published for {@code year}. */
    boolean hasPublished(String township, int year) {
        return published(year).contains(township);
    }

    /** This state with {@code township}'s report for {@code year} known. */
    CountyCoverage publishing(String township, int year) {
        return new CountyCoverage(watchedSince, with(published, year, Set.of(township)), raised);
    }

    /** This state with MISSING_REPORT raised for {@code townships} in {@code year}. */
    CountyCoverage raising(Set<String> townships, int year) {
        return new CountyCoverage(watchedSince, published, with(raised, year, townships));
    }

    private static SortedMap<Integer, SortedSet<String>> with(SortedMap<Integer, SortedSet<String>> byYear, int year,
                                                              Set<String> codes) {
        SortedMap<Integer, SortedSet<String>> out = copy(byYear);
        out.computeIfAbsent(year, y -> new TreeSet<>()).addAll(codes);
        return out;
    }

    private static SortedMap<Integer, SortedSet<String>> copy(Map<Integer, ? extends Set<String>> byYear) {
        SortedMap<Integer, SortedSet<String>> out = new TreeMap<>();
        if (byYear != null) {
            byYear.forEach((year, codes) -> out.put(year, new TreeSet<>(codes)));
        }
        return out;
    }
}
