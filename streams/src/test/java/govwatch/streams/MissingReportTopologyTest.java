package govwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.events.Level;
import govwatch.events.Region;
import govwatch.places.Divisions;
import govwatch.places.Place;
import govwatch.understanding.DefaultTargetComparer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MISSING_REPORT: raised once per township and plan year when the deadline passes without its report. */
class MissingReportTopologyTest {

    private static final String NAIMAN = "150525000000";
    private static final List<Place> NAIMAN_TOWNSHIPS = Divisions.official().townshipsOf(NAIMAN);
    private static final Place DONGMING = Divisions.official().byCode("150525105000").orElseThrow();
    /** 1 March 2024, a month before the 2024 deadline. */
    private static final Instant MARCH = Instant.parse("2024-03-01T00:00:00Z");
    /** 1 April 2024, 00:00 in China: 31 March is over. */
    private static final Instant APRIL = LocalDate.of(2024, 4, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();

    private final MovingClock clock = new MovingClock(MARCH);
    private TopologyFixture t;

    @BeforeEach
    void start() {
        t = fixture();
    }

    @AfterEach
    void stop() {
        t.close();
    }

    private TopologyFixture fixture() {
        return TopologyFixture.of(metrics -> new GovwatchTopology.Dependencies(new ScriptedAnalyzer(),
                new DefaultTargetComparer(), clock, metrics, false,
                new MissingReportRules(MonthDay.of(3, 31), Duration.ofDays(1))));
    }

    /** A page of the county's portal that is not a report: the county is watched from now on. */
    private void portalPage(String county) {
        t.page("http://naiman.example/index.html", "新闻 (not a report)", county);
    }

    /** The report of {@code township} for {@code year}, from a portal that declares {@code county} (or none). */
    private void report(Place township, int year, String county) {
        t.page("http://naiman.example/" + township.code() + "/" + year + ".html", "region: " + township.commonName()
                + "\nyear: " + year + "\ncode: " + township.code() + "\ncounty: 奈曼旗\ntarget: 一般公共预算收入=5000\n", county);
    }

    /** Moves both the topology's clock and the driver's wall clock (which runs the punctuator) to {@code when}. */
    private void wallClockAt(Instant when) {
        Duration step = Duration.between(clock.instant(), when);
        clock.set(when);
        t.driver.advanceWallClockTime(step.plus(Duration.ofMinutes(1)));
    }

    private List<Alert> missing() {
        return t.alerts.readValuesToList().stream().filter(a -> a.type() == AlertType.MISSING_REPORT).toList();
    }

    @Test
    void theDeadlinePassingWithEveryReportRaisesNothing() {
        portalPage(NAIMAN);
        NAIMAN_TOWNSHIPS.forEach(township -> report(township, 2024, NAIMAN));

        wallClockAt(APRIL);

        assertThat(missing()).isEmpty();
    }

    @Test
    void theDeadlinePassingRaisesOneMissingReportPerTownshipWithoutItsReport() {
        portalPage(NAIMAN);
        report(DONGMING, 2024, NAIMAN);
        wallClockAt(APRIL.minusSeconds(3600)); // 31 March, 23:00 in China: not yet
        assertThat(missing()).isEmpty();

        wallClockAt(APRIL);

        List<Alert> out = missing();
        assertThat(out).extracting(a -> a.region().code()).containsExactlyElementsOf(NAIMAN_TOWNSHIPS.stream()
                .map(Place::code).filter(c -> !c.equals(DONGMING.code())).toList());
        Alert first = out.get(0);
        assertThat(first.reportId()).isEqualTo("150525100000/2024");
        assertThat(first.region()).isEqualTo(new Region("大沁他拉镇", Level.TOWNSHIP, "150525100000"));
        assertThat(first.parent()).isEqualTo(new Region("奈曼旗", Level.COUNTY, NAIMAN));
        assertThat(first.year()).isEqualTo(2024);
        assertThat(first.deadline()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(first.detectedAt()).isEqualTo(APRIL);
        assertThat(first.targets()).isNull();
        assertThat(out.get(out.size() - 1).region()).isEqualTo(new Region("大沁他拉街道", Level.SUBDISTRICT, "150525401000"));
        assertThat(t.metrics.counter("govwatch.streams.alerts", "type", "MISSING_REPORT").count())
                .isEqualTo(NAIMAN_TOWNSHIPS.size() - 1);

        wallClockAt(APRIL.plus(Duration.ofDays(30)));
        assertThat(missing()).as("raised once").isEmpty();
    }

    @Test
    void aReportAfterItsMissingReportIsANewReport() {
        portalPage(NAIMAN);
        wallClockAt(APRIL);
        assertThat(missing()).hasSize(NAIMAN_TOWNSHIPS.size());

        report(DONGMING, 2024, NAIMAN);
        wallClockAt(APRIL.plus(Duration.ofDays(1)));

        assertThat(t.alerts.readValuesToList()).extracting(Alert::type, Alert::reportId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertType.NEW_REPORT, "150525105000/2024"));
    }

    @Test
    void aRestartAfterTheDeadlineRaisesNoSecondAlert() {
        portalPage(NAIMAN);
        report(DONGMING, 2024, NAIMAN);
        wallClockAt(APRIL);
        assertThat(missing()).hasSize(NAIMAN_TOWNSHIPS.size() - 1);
        TestOutputTopic<String, CountyCoverage> changelog = t.driver.createOutputTopic(
                "topology-test-" + GovwatchTopology.COVERAGE_STORE + "-changelog", Serdes.String().deserializer(),
                govwatch.events.JsonSerde.of(CountyCoverage.class).deserializer());
        List<KeyValue<String, CountyCoverage>> written = changelog.readKeyValuesToList();
        assertThat(written).isNotEmpty();
        t.close();

        // A new instance whose store is restored from the changelog, as Kafka Streams restores it on restart.
        t = fixture();
        KeyValueStore<String, CountyCoverage> restored = t.driver.getKeyValueStore(GovwatchTopology.COVERAGE_STORE);
        written.forEach(kv -> restored.put(kv.key, kv.value));
        wallClockAt(APRIL.plus(Duration.ofDays(2)));

        assertThat(missing()).isEmpty();
    }

    @Test
    void aCountyNobodyWatchesGetsNoAlert() {
        report(DONGMING, 2024, null); // its report, from a portal that declares no county
        portalPage("150102000000"); // another county is watched

        wallClockAt(APRIL);

        assertThat(missing()).isNotEmpty().allSatisfy(a -> assertThat(a.parent().code()).isEqualTo("150102000000"));
    }

    @Test
    void aCountyFirstWatchedAfterTheDeadlineIsCheckedAfterTheGrace() {
        clock.set(APRIL.plus(Duration.ofDays(10)));
        portalPage(NAIMAN);
        wallClockAt(APRIL.plus(Duration.ofDays(10)).plus(Duration.ofHours(12)));
        assertThat(missing()).as("within the grace: the first crawl is still delivering reports").isEmpty();

        wallClockAt(APRIL.plus(Duration.ofDays(11)));

        assertThat(missing()).hasSize(NAIMAN_TOWNSHIPS.size());
    }

    @Test
    void lastYearWithAReportSeenIsCheckedToo_olderYearsAreHistory() {
        portalPage(NAIMAN);
        report(DONGMING, 2023, NAIMAN);
        report(DONGMING, 2019, NAIMAN);

        wallClockAt(APRIL);

        assertThat(missing()).extracting(Alert::year).containsOnly(2023, 2024)
                .hasSize(2 * NAIMAN_TOWNSHIPS.size() - 1);
    }

    @Test
    void theCoverageGaugeCountsTheCountysPublishedTownships() {
        portalPage(NAIMAN);
        report(DONGMING, 2024, NAIMAN);
        report(NAIMAN_TOWNSHIPS.get(0), 2024, NAIMAN);

        wallClockAt(MARCH.plus(Duration.ofDays(2)));

        var ratio = t.metrics.get("govwatch.coverage.ratio").tags("county", NAIMAN, "year", "2024").gauge();
        assertThat(ratio.getId().getTag("county_name")).isEqualTo("奈曼旗");
        assertThat(ratio.value()).isEqualTo(2.0 / NAIMAN_TOWNSHIPS.size());
        assertThat(t.metrics.get("govwatch.coverage.published").tags("county", NAIMAN, "year", "2024").gauge().value())
                .isEqualTo(2.0);
        assertThat(t.metrics.get("govwatch.coverage.townships").tags("county", NAIMAN, "year", "2024").gauge().value())
                .isEqualTo(NAIMAN_TOWNSHIPS.size());
        assertThat(t.metrics.find("govwatch.coverage.ratio").tags("county", "150102000000").gauges())
                .as("no gauge for a county nobody watches").isEmpty();
    }

    @Test
    void theExistingSubTopologiesKeepTheirTaskIds() {
        Map<Integer, Set<String>> nodes = new TreeMap<>();
        for (TopologyDescription.Subtopology sub : GovwatchTopology.build(new GovwatchTopology.Dependencies(
                new ScriptedAnalyzer(), new DefaultTargetComparer(), clock, new SimpleMeterRegistry())).describe()
                .subtopologies()) {
            nodes.put(sub.id(), sub.nodes().stream().map(TopologyDescription.Node::name).collect(Collectors.toSet()));
        }

        // Task ids name the state dirs: the compare step's store stays in tasks 1_x, as before MISSING_REPORT.
        assertThat(nodes).hasSize(3);
        assertThat(nodes.get(0)).contains("pages-source", "understand-page").doesNotContain("compare-with-stored");
        assertThat(nodes.get(1)).contains("compare-with-stored").doesNotContain("pages-source");
        assertThat(nodes.get(2)).contains("check-missing-reports");
    }

    /** A clock the test sets. */
    private static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void set(Instant when) {
            now = when;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
