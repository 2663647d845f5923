package govwatch.streams;

import com.fasterxml.jackson.annotation.JsonInclude;
import govwatch.events.PublishedReport;
import govwatch.streams.coverage.Coverage;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/**
 * What the MISSING_REPORT check learns, keyed by the county's 12-digit code on the {@code watched-by-county} and
 * {@code published-by-county} repartition topics: a page of a portal that publishes for the county arrived (the
 * county is watched), or a township of the county has a report for a plan year. A few bytes each: never the page.
 *
 * @param township the township's 12-digit code; null for "the county is watched"
 * @param year     the plan year of the township's report; null for "the county is watched"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CoverageEvent(String township, Integer year) {

    /** A page of the county's portal arrived. */
    public static final CoverageEvent WATCHED = new CoverageEvent(null, null);

    /** Whether this says the county is watched (rather than that a township published). */
    boolean watched() {
        return township == null;
    }

    /**
     * The event a stored report gives: its township has published for its plan year, keyed by its county; none for a
     * report whose place is not an official township-level unit of a known county (a county's own report, a place
     * the page left ambiguous).
     */
    static List<KeyValue<String, CoverageEvent>> published(Coverage coverage, PublishedReport report) {
        if (report.year() == null) {
            return List.of();
        }
        return coverage.townshipOf(report)
                .map(t -> List.of(KeyValue.pair(t.countyCode(), new CoverageEvent(t.code(), report.year()))))
                .orElse(List.of());
    }

    /** Whether {@code code} is a county whose townships can be checked (the crawler checks seeds; this is the guard). */
    static boolean checkable(Coverage coverage, String code) {
        return code != null && coverage.townships(code) > 0;
    }
}
