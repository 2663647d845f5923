package govwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.events.DeadLetter;
import govwatch.events.PublishedReport;
import govwatch.events.Topics;
import govwatch.understanding.DefaultTargetComparer;
import govwatch.understanding.ReportAnalyzer;
import govwatch.events.Change;
import govwatch.understanding.model.Report;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GovwatchTopologyTest {

    private static final String DONGMING = "region: 东明镇\nyear: 2024\ntarget: 一般公共预算收入=5000\ntarget: 固定资产投资=30000\n";

    /** The understanding the topology runs; a test may swap it to play an extractor upgrade. */
    private final AtomicReference<ReportAnalyzer> analyzer = new AtomicReference<>(new ScriptedAnalyzer());
    private TopologyFixture t;
    private SimpleMeterRegistry metrics;
    private TopologyTestDriver driver;
    private TestOutputTopic<String, Alert> alerts;
    private TestOutputTopic<String, PublishedReport> reports;
    private TestOutputTopic<String, DeadLetter> deadLetters;
    private TestInputTopic<String, byte[]> pages;

    @BeforeEach
    void start() {
        start(false);
    }

    private void start(boolean reportRevised) {
        if (t != null) {
            t.close();
        }
        t = new TopologyFixture(doc -> analyzer.get().analyze(doc), new DefaultTargetComparer(), reportRevised);
        metrics = t.metrics;
        driver = t.driver;
        alerts = t.alerts;
        reports = t.reports;
        deadLetters = t.deadLetters;
        pages = t.pages;
    }

    @AfterEach
    void stop() {
        t.close();
    }

    private void page(String url, String body) {
        t.page(url, body);
    }

    @Test
    void aNewReportRaisesOneNewReportAlertAndIsStored() {
        page("http://portal/a.html", DONGMING);

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).hasSize(1);
        Alert alert = out.get(0);
        assertThat(alert.type()).isEqualTo(AlertType.NEW_REPORT);
        assertThat(alert.reportId()).isEqualTo("东明镇/2024");
        assertThat(alert.region().name()).isEqualTo("东明镇");
        assertThat(alert.year()).isEqualTo(2024);
        assertThat(alert.sourceUrl()).isEqualTo("http://portal/a.html");
        assertThat(alert.detectedAt()).isEqualTo(Instant.parse("2026-11-25T08:00:00Z"));
        assertThat(alert.targets()).extracting(t -> t.indicator()).containsExactly("一般公共预算收入", "固定资产投资");

        var stored = reports.readKeyValuesToList();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).key).isEqualTo("东明镇/2024");
        KeyValueStore<String, ReportState> store = driver.getKeyValueStore(GovwatchTopology.REPORTS_STORE);
        assertThat(store.get("东明镇/2024/").current().targets()).hasSize(2);
        assertThat(metrics.counter("govwatch.streams.alerts", "type", "NEW_REPORT").count()).isEqualTo(1.0);
    }

    @Test
    void theSamePageAgainOrAtAMirrorRaisesNothing() {
        page("http://portal/a.html", DONGMING);
        alerts.readValuesToList();
        reports.readValuesToList();

        page("http://portal/a.html", DONGMING);
        page("http://county-portal/mirror/a.html", DONGMING);

        assertThat(alerts.isEmpty()).isTrue();
        assertThat(reports.isEmpty()).isTrue();
    }

    @Test
    void aChangedTargetRaisesOneTargetChangedListingTheChange() {
        page("http://portal/a.html", DONGMING);
        alerts.readValuesToList();

        page("http://portal/a.html", DONGMING.replace("一般公共预算收入=5000", "一般公共预算收入=5200"));

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).type()).isEqualTo(AlertType.TARGET_CHANGED);
        assertThat(out.get(0).changes()).containsExactly(new Change("一般公共预算收入", "5000万元", "5200万元"));
        KeyValueStore<String, ReportState> store = driver.getKeyValueStore(GovwatchTopology.REPORTS_STORE);
        assertThat(store.get("东明镇/2024/").history()).extracting(Alert::type)
                .containsExactly(AlertType.NEW_REPORT, AlertType.TARGET_CHANGED);
    }

    @Test
    void theStoreKeepsANewReportsTargetsOnceAndTheHistoryStillShowsThem() {
        page("http://portal/a.html", DONGMING);
        Alert raised = alerts.readValuesToList().get(0);
        KeyValueStore<String, ReportState> store = driver.getKeyValueStore(GovwatchTopology.REPORTS_STORE);
        assertThat(store.get("东明镇/2024/").history()).singleElement().satisfies(a -> assertThat(a.targets()).isNull());
        assertThat(store.get("东明镇/2024/").alerts()).containsExactly(raised);

        page("http://portal/a.html", DONGMING.replace("一般公共预算收入=5000", "一般公共预算收入=5200"));

        Alert changed = alerts.readValuesToList().get(0);
        assertThat(store.get("东明镇/2024/").history()).containsExactly(raised, changed); // filled in before replaced
        assertThat(store.get("东明镇/2024/").alerts()).containsExactly(raised, changed);
    }

    @Test
    void threeChangedTargetsAreOneAlertWithThreeChanges() {
        page("http://portal/a.html", DONGMING);
        alerts.readValuesToList();

        page("http://portal/a.html", "region: 东明镇\nyear: 2024\ntarget: 一般公共预算收入=5100\n"
                + "target: 粮食播种面积=12\n");

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).changes()).extracting(Change::indicator)
                .containsExactlyInAnyOrder("一般公共预算收入", "固定资产投资", "粮食播种面积");
    }

    @Test
    void aNewReportComparesItsTargetsWithTheRegionsPreviousYear() {
        page("http://portal/2023.html", "region: 东明镇\nyear: 2023\ntarget: 一般公共预算收入=4600\n"
                + "target: 固定资产投资=30000\n");
        alerts.readValuesToList();

        page("http://portal/2024.html", DONGMING);

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).type()).isEqualTo(AlertType.NEW_REPORT);
        assertThat(out.get(0).yearOverYear()).containsExactly(new Change("一般公共预算收入", "4600万元", "5000万元"));
    }

    @Test
    void aFirstReportOfARegionHasNoYearOverYearComparison() {
        page("http://portal/a.html", DONGMING);

        assertThat(alerts.readValuesToList().get(0).yearOverYear()).isNull();
    }

    @Test
    void townshipsOfTheSameNameInDifferentCountiesAreDifferentReports() {
        page("http://a.example/1.html", "region: 城关镇\nparent: 平泉县\nyear: 2024\ntarget: 一般公共预算收入=5000\n");
        page("http://b.example/1.html", "region: 城关镇\nparent: 宁远县\nyear: 2024\ntarget: 一般公共预算收入=8000\n");

        assertThat(alerts.readValuesToList()).extracting(Alert::type, Alert::reportId).containsExactly(
                tuple(AlertType.NEW_REPORT, "平泉县城关镇/2024"), tuple(AlertType.NEW_REPORT, "宁远县城关镇/2024"));

        // A page that names no county cannot be told apart: it is not compared with either.
        page("http://c.example/1.html", "region: 城关镇\nyear: 2024\ntarget: 一般公共预算收入=1\n");
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void aReportWhosePageLaterNamesItsCountyStaysTheSameReport() {
        page("http://portal/a.html", DONGMING);
        alerts.readValuesToList();

        page("http://portal/a.html", "parent: 奈曼旗\n" + DONGMING.replace("=5000", "=5200"));

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).extracting(Alert::type).containsExactly(AlertType.TARGET_CHANGED);
        assertThat(out.get(0).reportId()).isEqualTo("奈曼旗东明镇/2024");
        KeyValueStore<String, ReportState> store = driver.getKeyValueStore(GovwatchTopology.REPORTS_STORE);
        assertThat(store.get("东明镇/2024/")).isNull();
        assertThat(store.get("东明镇/2024/奈曼旗").history()).hasSize(2);
    }

    @Test
    void anUpgradeThatResolvesTheOfficialPlaceRekeysQuietlyAndRetiresTheOldId() {
        String gongping = "region: 公坪镇\nparent: 芷江县\nyear: 2021\ntarget: 一般公共预算收入=900\n"
                + "code: 431228104000\ncounty: 芷江侗族自治县\n";
        analyzer.set(new ScriptedAnalyzer(5, Set.of())); // before the division list: the county as the page writes it
        page("http://portal/g.html", gongping);
        assertThat(alerts.readValuesToList()).extracting(Alert::reportId).containsExactly("芷江县公坪镇/2021");
        reports.readKeyValuesToList();
        analyzer.set(new ScriptedAnalyzer());

        page("http://portal/g.html", gongping + "text: 页面改版\n"); // re-published after the upgrade

        assertThat(alerts.isEmpty()).isTrue();
        var out = reports.readKeyValuesToList();
        assertThat(out).extracting(kv -> kv.key).containsExactly("芷江县公坪镇/2021", "431228104000/2021");
        assertThat(out.get(0).value).isNull(); // a tombstone: the compacted topic forgets the old id
        assertThat(out.get(1).value.region().code()).isEqualTo("431228104000");
        KeyValueStore<String, ReportState> store = driver.getKeyValueStore(GovwatchTopology.REPORTS_STORE);
        assertThat(store.get("公坪镇/2021/芷江县")).isNull();
        assertThat(store.get("公坪镇/2021/芷江侗族自治县").current().parent().code()).isEqualTo("431228000000");

        page("http://portal/g.html", gongping + "text: 页面改版\n" + "target: 固定资产投资=100\n");
        assertThat(alerts.readValuesToList()).extracting(Alert::type, Alert::reportId)
                .containsExactly(tuple(AlertType.TARGET_CHANGED, "431228104000/2021"));
    }

    @Test
    void aTextOnlyRevisionIsStoredQuietly() {
        page("http://portal/a.html", DONGMING);
        alerts.readValuesToList();
        reports.readValuesToList();

        page("http://portal/a.html", DONGMING + "text: 错别字已更正\n");

        assertThat(alerts.isEmpty()).isTrue();
        assertThat(reports.readValuesToList()).hasSize(1);
    }

    @Test
    void aTextOnlyRevisionRaisesReportRevisedWhenAskedFor() {
        start(true);
        page("http://portal/a.html", DONGMING);
        alerts.readValuesToList();

        page("http://portal/a.html", DONGMING + "text: 错别字已更正\n");
        page("http://portal/a.html", DONGMING + "text: 错别字已更正\n"); // fetched again: no second alert

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).extracting(Alert::type).containsExactly(AlertType.REPORT_REVISED);
        assertThat(out.get(0).changes()).isNull();
    }

    @Test
    void aDraftSeenAfterTheFinalVersionChangesNothing() {
        page("http://portal/final.html", DONGMING);
        alerts.readValuesToList();

        page("http://portal/draft.html", "draft: true\n" + DONGMING.replace("=5000", "=4800"));

        assertThat(alerts.isEmpty()).isTrue();
        KeyValueStore<String, ReportState> store = driver.getKeyValueStore(GovwatchTopology.REPORTS_STORE);
        assertThat(store.get("东明镇/2024/").current().draft()).isFalse();
    }

    @Test
    void anExtractorUpgradeThatReadsMoreTargetsFloodsNobody() {
        analyzer.set(new ScriptedAnalyzer(0, Set.of("固定资产投资"))); // the old extractor missed this target
        page("http://portal/a.html", DONGMING);
        alerts.readValuesToList();
        analyzer.set(new ScriptedAnalyzer());

        page("http://portal/a.html", DONGMING + "text: 页面改版\n"); // a re-fetch after the upgrade

        assertThat(alerts.isEmpty()).isTrue();
        KeyValueStore<String, ReportState> store = driver.getKeyValueStore(GovwatchTopology.REPORTS_STORE);
        assertThat(store.get("东明镇/2024/").current().extractorVersion()).isEqualTo(Report.CURRENT_EXTRACTOR_VERSION);
        assertThat(store.get("东明镇/2024/").current().targets()).hasSize(2);
    }

    @Test
    void aRealChangeRightAfterAnExtractorUpgradeIsStillAlerted() {
        analyzer.set(new ScriptedAnalyzer(0, Set.of("固定资产投资")));
        page("http://portal/a.html", DONGMING);
        alerts.readValuesToList();
        analyzer.set(new ScriptedAnalyzer());

        page("http://portal/a.html", DONGMING.replace("=5000", "=5200"));

        List<Alert> out = alerts.readValuesToList();
        assertThat(out).hasSize(1);
        // Compared like with like: the stored page read again by today's extractor, so only the real change shows.
        assertThat(out.get(0).changes()).containsExactly(new Change("一般公共预算收入", "5000万元", "5200万元"));
    }

    @Test
    void theSameVersionAtAnotherUrlReadDifferentlyRaisesNothing() {
        page("http://portal/a.html", DONGMING);
        alerts.readValuesToList();

        // The article's PDF attachment: same report, same draft status, its hard-wrapped text read a little differently.
        page("http://portal/a.pdf", "region: 东明镇\nyear: 2024\ntarget: 一般公共预算收入=5000\n");

        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void aPageThatIsNotAReportRaisesNothing() {
        page("http://portal/news.html", "text: 东明镇召开人代会\n");

        assertThat(alerts.isEmpty()).isTrue();
        assertThat(reports.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(metrics.counter("govwatch.streams.pages", "outcome", "not_report").count()).isEqualTo(1.0);
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndProcessingContinues() {
        byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
        pages.pipeInput("http://portal/broken.html", garbage);
        page("http://portal/a.html", DONGMING);

        List<DeadLetter> dead = deadLetters.readValuesToList();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).reason()).startsWith("unreadable page record");
        assertThat(dead.get(0).sourceUrl()).isEqualTo("http://portal/broken.html");
        assertThat(dead.get(0).topic()).isEqualTo(Topics.PAGES.name());
        assertThat(dead.get(0).original()).isEqualTo(garbage);
        assertThat(alerts.readValuesToList()).hasSize(1);
    }

    @Test
    void aPageTheAnalyzerCannotReadGoesToTheDeadLetterTopic() {
        page("http://portal/binary.html", "unreadable");

        List<DeadLetter> dead = deadLetters.readValuesToList();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).reason()).contains("binary garbage");
        assertThat(alerts.isEmpty()).isTrue();
    }
}
