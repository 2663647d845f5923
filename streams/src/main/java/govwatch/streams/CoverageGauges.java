package govwatch.streams;

import govwatch.places.Place;
import govwatch.streams.coverage.Coverage;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Report coverage of each watched county, per plan year, for Grafana: {@code govwatch.coverage.published} (townships
 * with a report), {@code govwatch.coverage.townships} (township-level units in the official list) and
 * {@code govwatch.coverage.ratio} (the first over the second), tagged {@code county} (12-digit code),
 * {@code county_name} and {@code year}. Shown for the current plan year (its ratio rising through the reporting
 * season) and every year a report was seen for. Each county is shown by the instance whose task owns it (sum across
 * instances in Prometheus), refreshed at each MISSING_REPORT check. Thread-safe: stream threads share it.
 */
final class CoverageGauges {

    private final MeterRegistry registry;
    private final Coverage coverage;
    /** county → year → published count; read by the gauges. */
    private final Map<String, Map<Integer, Long>> published = new ConcurrentHashMap<>();
    /** county → its meters, to remove them. */
    private final Map<String, List<Meter>> meters = new ConcurrentHashMap<>();

    CoverageGauges(MeterRegistry registry, Coverage coverage) {
        this.registry = registry;
        this.coverage = coverage;
    }

    /** Shows {@code countyCode}'s coverage as {@code state} says at {@code now}. */
    void show(String countyCode, CountyCoverage state, Instant now) {
        Set<Integer> years = new TreeSet<>(state.published().keySet());
        years.add(MissingReportRules.currentYear(now));
        Map<Integer, Long> counts = published.computeIfAbsent(countyCode, c -> new ConcurrentHashMap<>());
        Place county = coverage.county(countyCode);
        int townships = coverage.townships(countyCode);
        for (int year : years) {
            Long before = counts.put(year, (long) state.published(year).size());
            if (before == null) {
                register(county, year, townships);
            }
        }
    }

    private void register(Place county, int year, int townships) {
        Tags tags = Tags.of("county", county.code(), "county_name", county.name(), "year", Integer.toString(year));
        String code = county.code();
        List<Meter> registered = new ArrayList<>(3);
        registered.add(Gauge.builder("govwatch.coverage.published", this, g -> g.count(code, year))
                .description("township-level units of a watched county with a report for the plan year")
                .tags(tags).register(registry));
        registered.add(Gauge.builder("govwatch.coverage.townships", () -> townships)
                .description("township-level units of a watched county (official list)").tags(tags).register(registry));
        registered.add(Gauge.builder("govwatch.coverage.ratio", this, g -> townships == 0 ? 0 : g.count(code, year) / townships)
                .description("share of a watched county's township-level units with a report for the plan year")
                .tags(tags).register(registry));
        meters.computeIfAbsent(code, c -> new ArrayList<>()).addAll(registered);
    }

    private double count(String county, int year) {
        Long n = published.getOrDefault(county, Map.of()).get(year);
        return n == null ? Double.NaN : n;
    }

    /** Removes the gauges of {@code counties} (their task moved to another instance, or stopped). */
    void hide(Collection<String> counties) {
        for (String county : counties) {
            published.remove(county);
            List<Meter> gone = meters.remove(county);
            if (gone != null) {
                gone.forEach(registry::remove);
            }
        }
    }
}
