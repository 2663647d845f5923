package govwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.events.Change;
import govwatch.events.PublishedReport;
import govwatch.understanding.ReportAnalyzer;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A retired report id leaves the compacted reports topic; a stored page that cannot be read again hides no change. */
class RetiredIdsAndRereadingTest {

    private static final String DONGMING = "region: 东明镇\nyear: 2024\ntarget: 一般公共预算收入=5000\n";

    private final AtomicReference<ReportAnalyzer> analyzer = new AtomicReference<>(new ScriptedAnalyzer());
    private final TopologyFixture t = new TopologyFixture(doc -> analyzer.get().analyze(doc));

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void anIdRetiredByAPageNamingTheCountyGetsATombstone() {
        t.page("http://portal/a.html", DONGMING);
        t.reports.readKeyValuesToList();

        t.page("http://portal/a.html", "parent: 奈曼旗\n" + DONGMING);

        var published = t.reports.readKeyValuesToList();
        assertThat(published).extracting(kv -> kv.key).containsExactly("东明镇/2024", "奈曼旗东明镇/2024");
        assertThat(published.get(0).value).isNull();
        assertThat(published.get(1).value).extracting(PublishedReport::year).isEqualTo(2024);
    }

    @Test
    void aStoredPageTodaysExtractorCannotReadIsLoggedCountedAndARealChangeStillAlerts() {
        analyzer.set(new ScriptedAnalyzer(0, Set.of()));
        t.page("http://portal/a.html", DONGMING);
        t.alerts.readValuesToList();
        ScriptedAnalyzer today = new ScriptedAnalyzer();
        analyzer.set(doc -> {
            if (doc.body().equals(DONGMING)) {
                throw new IllegalStateException("today's extractor trips on the stored page");
            }
            return today.analyze(doc);
        });

        t.page("http://portal/a.html", DONGMING.replace("5000", "5200"));

        var out = t.alerts.readValuesToList();
        assertThat(out).extracting(Alert::type).containsExactly(AlertType.TARGET_CHANGED);
        assertThat(out.get(0).changes()).containsExactly(new Change("一般公共预算收入", "5000万元", "5200万元"));
        assertThat(t.metrics.counter("govwatch.streams.reread_failures").count()).isEqualTo(1.0);
        assertThat(t.deadLetters.isEmpty()).isTrue();
    }


    @Test
    void aVersionStoredBeforeDocumentsWereCompressedCanStillBeReadAgain() {
        String stored = "{\"report\":{\"report\":true,\"title\":\"t\",\"region\":{\"name\":\"东明镇\",\"level\":\"TOWNSHIP\"},"
                + "\"year\":2024,\"draft\":false,\"sourceUrl\":\"http://portal/a.html\",\"extractorVersion\":5},"
                + "\"contentType\":\"text/html\",\"body\":\"region: 东明镇\\nyear: 2024\\n\"}";

        ReportVersion version = govwatch.events.JsonSerde.of(ReportVersion.class)
                .deserialize("any", stored.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(version.source().body()).isEqualTo("region: 东明镇\nyear: 2024\n");
    }
}
