package govwatch.streams;

import govwatch.events.Alert;
import govwatch.events.Level;
import govwatch.events.Region;
import govwatch.places.Place;
import govwatch.streams.coverage.Coverage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keyed by county (after the {@code watched-by-county} and {@code published-by-county} repartitions): records which counties are watched and which of
 * their townships published for which plan year ({@link CountyCoverage}, in the changelogged coverage store), and
 * raises MISSING_REPORT once per township and plan year whose deadline passed without its report
 * ({@link MissingReportRules}).
 *
 * <p>Why a wall-clock punctuator and not stream time: stream time advances only when records arrive, and a missing
 * report is exactly the case where the county's portal publishes nothing; a quiet task would never see its deadline
 * pass. The check runs every {@link MissingReportRules#checkEvery} of wall-clock time and reads "now" from the injected {@link Clock},
 * so tests move both ({@code TopologyTestDriver.advanceWallClockTime}). What was raised is stored with the county, in
 * the same exactly-once transaction as the alert, so a restart (or a task moving to another instance) raises nothing
 * twice. A report arriving after its MISSING_REPORT is an ordinary NEW_REPORT of the compare step.
 */
final class MissingReportProcessor implements Processor<String, CoverageEvent, String, Alert> {

    private static final Logger log = LoggerFactory.getLogger(MissingReportProcessor.class);

    private final Coverage coverage;
    private final MissingReportRules rules;
    private final Clock clock;
    private final StreamsMetrics metrics;
    private final CoverageGauges gauges;
    /** The counties whose gauges this task shows, removed when the task goes elsewhere. */
    private final Set<String> shown = new HashSet<>();
    private KeyValueStore<String, CountyCoverage> store;
    private ProcessorContext<String, Alert> context;

    MissingReportProcessor(Coverage coverage, MissingReportRules rules, Clock clock, StreamsMetrics metrics,
                           CoverageGauges gauges) {
        this.coverage = coverage;
        this.rules = rules;
        this.clock = clock;
        this.metrics = metrics;
        this.gauges = gauges;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.store = context.getStateStore(GovwatchTopology.COVERAGE_STORE);
        context.schedule(rules.checkEvery(), PunctuationType.WALL_CLOCK_TIME, ignored -> check(clock.instant()));
    }

    @Override
    public void process(Record<String, CoverageEvent> record) {
        String county = record.key();
        CoverageEvent event = record.value();
        CountyCoverage before = store.get(county);
        CountyCoverage state = before == null ? CountyCoverage.unwatched() : before;
        if (event.watched()) {
            state = state.watching(clock.instant());
        } else if (!state.hasPublished(event.township(), event.year())) {
            state = state.publishing(event.township(), event.year());
        }
        if (!state.equals(before)) {
            store.put(county, state);
        }
    }

    /** Raises what is due at {@code now} in every watched county of this task, and refreshes their gauges. */
    void check(Instant now) {
        List<KeyValue<String, CountyCoverage>> counties = new ArrayList<>();
        try (KeyValueIterator<String, CountyCoverage> all = store.all()) {
            all.forEachRemaining(counties::add);
        }
        for (KeyValue<String, CountyCoverage> c : counties) {
            if (c.value.watchedSince() == null) {
                continue; // nobody watches this county: only reports of its townships came from elsewhere
            }
            CountyCoverage state = c.value;
            if (!now.isBefore(state.watchedSince().plus(rules.grace()))) {
                for (int year : yearsToCheck(state, now)) {
                    state = raise(c.key, state, year, now);
                }
                if (!state.equals(c.value)) {
                    store.put(c.key, state);
                }
            }
            gauges.show(c.key, state, now);
            shown.add(c.key);
        }
    }

    /** The current plan year and the year before it if a report was seen for it, whose deadline passed. */
    private Set<Integer> yearsToCheck(CountyCoverage state, Instant now) {
        int current = MissingReportRules.currentYear(now);
        Set<Integer> years = new TreeSet<>(state.published().keySet());
        years.add(current);
        // An archive's old reports are history, not news: /coverage answers for those years, no alert burst does.
        years.removeIf(y -> y < current - 1 || !rules.passed(y, now));
        return years;
    }

    private CountyCoverage raise(String countyCode, CountyCoverage state, int year, Instant now) {
        Set<String> raised = state.raised(year);
        List<Place> due = coverage.missing(countyCode, state.published(year)).stream()
                .filter(t -> !raised.contains(t.code())).toList();
        if (due.isEmpty()) {
            return state;
        }
        Place county = coverage.county(countyCode);
        Region parent = new Region(county.name(), level(county), county.code());
        Set<String> codes = new TreeSet<>();
        for (Place t : due) {
            Alert alert = Alert.missingReport(new Region(t.commonName(), level(t), t.code()), parent, year,
                    rules.deadline(year), now);
            context.forward(new Record<>(alert.reportId(), alert, now.toEpochMilli()));
            metrics.alert(alert.type().name());
            codes.add(t.code());
        }
        log.info("{} {}: {} township-level units have no report for {} after {}", county.name(), countyCode,
                codes.size(), year, rules.deadline(year));
        return state.raising(codes, year);
    }

    /** The level a report of this official unit has: a 街道 is a subdistrict, whatever its code says. */
    static Level level(Place place) {
        if (place.commonName().endsWith("街道")) {
            return Level.SUBDISTRICT;
        }
        return switch (place.kind()) {
            case SUBDISTRICT -> Level.SUBDISTRICT;
            case DISTRICT -> Level.DISTRICT;
            case COUNTY -> Level.COUNTY;
            case COUNTY_CITY, PREFECTURE -> Level.CITY;
            case PROVINCE -> Level.PROVINCE;
            default -> Level.TOWNSHIP;
        };
    }

    @Override
    public void close() {
        gauges.hide(shown); // the task moved or stopped: the instance that owns it now shows them
        shown.clear();
    }
}
