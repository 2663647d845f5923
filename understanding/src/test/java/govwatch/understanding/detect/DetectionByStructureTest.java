package govwatch.understanding.detect;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.understanding.SourceDocument;
import govwatch.understanding.WorkReportAnalyzer;
import govwatch.understanding.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A report is recognised by what it is (the government or subdistrict office speaking to a congress or residents'
 * council, a meeting line, a review and a plan part), whatever its title; look-alikes keep their reason. The pages
 * under {@code /detect/} are short hand-written cases, one per title form.
 */
class DetectionByStructureTest {

    private final WorkReportAnalyzer analyzer = new WorkReportAnalyzer();

    @ParameterizedTest(name = "{0} is a report of {1}")
    @CsvSource({
        "sub.txt,           青石街道, SUBDISTRICT, 2025",
        "bare.txt,          青石街道, SUBDISTRICT, 2025",
        "meeting-title.txt, 青石镇,   TOWNSHIP,    2025",
        "notice.txt,        青石镇,   TOWNSHIP,    2025",
        "trad.txt,          青石镇,   TOWNSHIP,    2025",
    })
    void reportsWhateverTheTitle(String file, String region, String level, int year) throws IOException {
        Report r = analyze(file);
        assertThat(r.report()).as(r.reason()).isTrue();
        assertThat(r.region().name()).isEqualTo(region);
        assertThat(r.region().level().name()).isEqualTo(level);
        assertThat(r.year()).isEqualTo(year);
        assertThat(r.targets()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} is rejected: {1}")
    @CsvSource({
        "shuzhi.txt,    述职报告",
        "zhuxituan.txt, 人大主席团",
        "budget.txt,    计划/预算执行情况",
        "summary.txt,   工作总结",
        "plan.txt,      年度工作计划",
    })
    void lookAlikesKeepTheirReason(String file, String reason) throws IOException {
        Report r = analyze(file);
        assertThat(r.report()).isFalse();
        assertThat(r.reason()).contains(reason);
    }

    @ParameterizedTest
    @CsvSource({"trad.txt"})
    void traditionalCharactersReadAsSimplified(String file) throws IOException {
        Report r = analyze(file);
        assertThat(r.title()).isEqualTo("青石镇人民政府工作报告");
        assertThat(r.session()).isEqualTo("第十八届人民代表大会第四次会议");
        assertThat(r.targets()).anySatisfy(t -> assertThat(t.unit()).isEqualTo("万亩"));
    }

    private Report analyze(String file) throws IOException {
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/detect/" + file), file)) {
            return analyzer.analyze(new SourceDocument("test:" + file, "text/plain",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }
}
