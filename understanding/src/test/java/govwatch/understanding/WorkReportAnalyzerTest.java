package govwatch.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import govwatch.understanding.model.Bound;
import govwatch.understanding.model.Report;
import govwatch.understanding.model.Target;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkReportAnalyzerTest {

    private final WorkReportAnalyzer analyzer = new WorkReportAnalyzer();

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t  "})
    void blankBodiesAreUnreadable(String body) {
        assertThatThrownBy(() -> analyzer.analyze(new SourceDocument("u", "text/html", body)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("empty document");
    }

    @Test
    void binaryGarbageIsUnreadable() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            sb.append(i % 3 == 0 ? '\uFFFD' : (char) (i % 31)).append("政");
        }
        assertThatThrownBy(() -> analyzer.analyze(new SourceDocument("u", null, sb.toString())))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("binary or undecodable");
    }

    @Test
    void reportFieldsAreFilled() {
        String text = "东明镇2024年政府工作报告\n各位代表：\n现在，我代表东明镇人民政府向大会报告工作，请予审议。\n"
                + "一、2023年工作回顾\n一年来，全镇一般公共预算收入完成900万元，增长6%。各位代表，成绩来之不易。"
                + "过去一年，我们坚持稳中求进工作总基调，攻坚克难，务实奋进，各项工作任务取得明显成效，群众满意度不断提升。\n"
                + "二、2024年工作安排\n今年的主要预期目标是：一般公共预算收入增长6%，达到954万元；城镇和农村居民人均可支配收入分别增长6%、9%以上。"
                + "我们将坚持以人民为中心，统筹发展和安全，扎实推进各项工作，努力完成全年目标任务。\n";
        Report r = analyzer.analyze(new SourceDocument("file:a.txt", "text/plain", text));
        assertThat(r.report()).isTrue();
        assertThat(r.sourceUrl()).isEqualTo("file:a.txt");
        assertThat(r.contentHash()).hasSize(64).isEqualTo(WorkReportAnalyzer.sha256(analyzer.cleanText(
                new SourceDocument("file:a.txt", "text/plain", text))));
        assertThat(r.extractorVersion()).isEqualTo(govwatch.understanding.model.Report.CURRENT_EXTRACTOR_VERSION);
        assertThat(r.yearEvidence()).isEqualTo("plan-section");
        assertThat(r.targets()).extracting(Target::indicator, Target::value, Target::growthPercent, Target::bound)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("一般公共预算收入", new BigDecimal("954"), new BigDecimal("6"), Bound.EXACT),
                        org.assertj.core.groups.Tuple.tuple("城镇居民人均可支配收入", null, new BigDecimal("6"), Bound.AT_LEAST),
                        org.assertj.core.groups.Tuple.tuple("农村居民人均可支配收入", null, new BigDecimal("9"), Bound.AT_LEAST));
    }

    /**
     * Linear-time check without a timed assertion: a 5 MB adversarial page (long digit runs, 增长 without %, 100k-char
     * lines without punctuation, deeply repeated list separators) must simply be analyzed to the end.
     */
    @Test
    void completesOnFiveMegabyteAdversarialInput() {
        StringBuilder sb = new StringBuilder(5_300_000);
        sb.append("<html><body><h1>某镇2024年政府工作报告</h1><div>\n<p>各位代表：我代表东明镇人民政府报告工作，请予审议。</p><p>一、2023年工作回顾</p>");
        sb.append("<p>二、2024年工作安排</p>");
        while (sb.length() < 5_000_000) {
            sb.append("<p>");
            sb.append("1".repeat(20_000));
            sb.append("增长增长增长".repeat(3_000));
            sb.append("、1万亩、".repeat(2_000));
            sb.append("一般公共预算收入增长".repeat(2_000)).append("8%");
            sb.append("达到".repeat(10_000)).append("</p>\n");
        }
        sb.append("</div></body></html>");
        Report r = analyzer.analyze(new SourceDocument("adversarial", "text/html", sb.toString()));
        assertThat(r).isNotNull();
        assertThat(sb.length()).isGreaterThanOrEqualTo(5_000_000);
    }
}
