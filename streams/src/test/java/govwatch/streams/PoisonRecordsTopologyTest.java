package govwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.events.DeadLetter;
import govwatch.understanding.DefaultTargetComparer;
import govwatch.understanding.ReportAnalyzer;
import govwatch.understanding.TargetComparer;
import govwatch.understanding.model.Report;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A record that fails at any stage is a dead letter with its stage, its reason (stack trace included) and its
 * original bytes, and the next record is processed as if nothing happened.
 */
class PoisonRecordsTopologyTest {

    private static final String DONGMING = "region: 东明镇\nyear: 2024\ntarget: 一般公共预算收入=5000\n";
    private static final String GUANLU = "region: 关路镇\nyear: 2021\ntarget: 粮食=100\n";

    private TopologyFixture t;

    @AfterEach
    void stop() {
        if (t != null) {
            t.close();
        }
    }

    @Test
    void garbageBytesAreADeserializationDeadLetter() {
        t = new TopologyFixture(new ScriptedAnalyzer());
        byte[] garbage = {(byte) 0xff, '{', 'x'};
        t.raw("http://portal/garbage", garbage);
        t.page("http://portal/g.html", GUANLU);

        DeadLetter dead = onlyDeadLetter();
        assertThat(dead.stage()).isEqualTo(DeadLetter.DESERIALIZATION);
        assertThat(dead.original()).isEqualTo(garbage);
        assertThat(dead.sourceUrl()).isEqualTo("http://portal/garbage");
        assertThat(t.alerts.readValuesToList()).hasSize(1);
    }

    @Test
    void aNumberWhereTheUrlBelongsIsNotReadAsAUrl() {
        t = new TopologyFixture(new ScriptedAnalyzer());
        t.json("k1", "{\"url\":12345,\"status\":200,\"body\":\"" + DONGMING.replace("\n", "\\n") + "\"}");
        t.page("http://portal/g.html", GUANLU);

        DeadLetter dead = onlyDeadLetter();
        assertThat(dead.stage()).isEqualTo(DeadLetter.DESERIALIZATION);
        assertThat(dead.reason()).contains("url");
        assertThat(t.alerts.readValuesToList()).extracting(Alert::reportId).containsExactly("关路镇/2021");
    }

    @Test
    void aRecordThatParsesButIsNoPageIsAValidationDeadLetter() {
        t = new TopologyFixture(new ScriptedAnalyzer());
        String body = DONGMING.replace("\n", "\\n");
        t.json("k1", "{\"status\":200,\"body\":\"" + body + "\"}");
        t.json("k2", "{\"url\":\"http://portal/x.html\",\"status\":404,\"body\":\"" + body + "\"}");
        t.json("k3", "{\"url\":\"http://portal/y.html\",\"status\":200}");
        t.page("http://portal/g.html", GUANLU);

        List<DeadLetter> dead = t.deadLetters.readValuesToList();
        assertThat(dead).extracting(DeadLetter::stage).containsOnly(DeadLetter.VALIDATION).hasSize(3);
        assertThat(dead.get(0).reason()).contains("url is missing");
        assertThat(dead.get(1).reason()).contains("status 404");
        assertThat(dead.get(2).reason()).contains("body is missing");
        assertThat(t.alerts.readValuesToList()).extracting(Alert::reportId).containsExactly("关路镇/2021");
    }

    @Test
    void aPageTheAnalyzerCannotReadIsAnAnalysisDeadLetterWithItsStackTrace() {
        t = new TopologyFixture(new ScriptedAnalyzer());
        t.page("http://portal/bad.html", "unreadable");
        t.page("http://portal/g.html", GUANLU);

        DeadLetter dead = onlyDeadLetter();
        assertThat(dead.stage()).isEqualTo(DeadLetter.ANALYSIS);
        assertThat(dead.reason()).contains("UnreadableDocumentException", "binary garbage", "\tat govwatch.");
        assertThat(new String(dead.original(), StandardCharsets.UTF_8)).contains("\"url\":\"http://portal/bad.html\"");
        assertThat(t.alerts.readValuesToList()).hasSize(1);
    }

    @Test
    void aComparisonThatFailsIsAComparisonDeadLetterAndTheStoreKeepsTheLastGoodVersion() {
        TargetComparer failsOnPoison = (before, after) -> {
            if (after.stream().anyMatch(x -> x.indicator().equals("毒"))) {
                throw new IllegalStateException("cannot compare 毒");
            }
            return new DefaultTargetComparer().compare(before, after);
        };
        t = new TopologyFixture(new ScriptedAnalyzer(), failsOnPoison);
        t.page("http://portal/a.html", DONGMING);
        t.page("http://portal/a.html", DONGMING + "target: 毒=1\n");
        t.page("http://portal/a.html", DONGMING.replace("5000", "5200"));

        DeadLetter dead = onlyDeadLetter();
        assertThat(dead.stage()).isEqualTo(DeadLetter.COMPARISON);
        assertThat(dead.reason()).contains("cannot compare 毒");
        assertThat(dead.sourceUrl()).isEqualTo("http://portal/a.html");
        assertThat(dead.topic()).endsWith("reports-by-region-repartition");
        assertThat(dead.original()).isNotEmpty();
        assertThat(t.alerts.readValuesToList()).extracting(Alert::type)
                .containsExactly(AlertType.NEW_REPORT, AlertType.TARGET_CHANGED);
    }

    @Test
    void aRecordTooLargeToWriteIsAProductionDeadLetter() {
        ScriptedAnalyzer scripted = new ScriptedAnalyzer();
        ReportAnalyzer huge = doc -> {
            Report r = scripted.analyze(doc);
            if (!doc.url().endsWith("huge.html")) {
                return r;
            }
            return new Report(true, "x".repeat(17_000_000), r.region(), r.parent(), r.year(), null, null, null, null,
                    false, null, r.sourceUrl(), r.contentHash(), r.extractorVersion(), r.targets(), null);
        };
        t = new TopologyFixture(huge);
        t.page("http://portal/huge.html", DONGMING);
        t.page("http://portal/g.html", GUANLU);

        DeadLetter dead = onlyDeadLetter();
        assertThat(dead.stage()).isEqualTo(DeadLetter.PRODUCTION);
        assertThat(dead.reason()).contains("RecordTooLargeException", "reports-by-region-repartition");
        assertThat(dead.sourceUrl()).isEqualTo("http://portal/huge.html");
        assertThat(new String(dead.original(), StandardCharsets.UTF_8)).contains("http://portal/huge.html");
        assertThat(t.alerts.readValuesToList()).extracting(Alert::reportId).containsExactly("关路镇/2021");
    }

    private DeadLetter onlyDeadLetter() {
        List<DeadLetter> dead = t.deadLetters.readValuesToList();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).reason()).isNotBlank();
        assertThat(dead.get(0).failedAt()).isNotNull();
        return dead.get(0);
    }
}
