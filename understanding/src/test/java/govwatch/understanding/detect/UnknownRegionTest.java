package govwatch.understanding.detect;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.understanding.SourceDocument;
import govwatch.understanding.WorkReportAnalyzer;
import govwatch.understanding.corpus.CorpusPage;
import govwatch.understanding.model.Level;
import govwatch.understanding.model.Region;
import govwatch.understanding.model.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A township the code has never seen (青水东镇, invented) must be found where a report names itself, and running text
 * (在旗委、旗政府和镇党委的坚强领导下) must never become a region ("府和镇").
 */
class UnknownRegionTest {

    private static final String SEED = "seeds-txt/000_24cc4e90925e0836.txt";
    private static final String MEETING_LINE = "——2020年7月20日在新镇第十八届代表大会第五次会议上";
    private final WorkReportAnalyzer analyzer = new WorkReportAnalyzer();

    private static String seedWith(String township) {
        return new String(CorpusPage.bytes(SEED), StandardCharsets.UTF_8).replace("新镇", township);
    }

    private Region region(String text) {
        Report r = analyzer.analyze(new SourceDocument("test:qingshuidong", "text/plain", text));
        assertThat(r.report()).isTrue();
        return r.region();
    }

    @Test
    void inventedTownshipInTheMeetingLine() {
        assertThat(region(seedWith("青水东镇"))).isEqualTo(new Region("青水东镇", Level.TOWNSHIP));
    }

    @Test
    void inventedTownshipNamedOnlyByTheDelegateSentence() {
        String text = seedWith("青水东镇").replace(MEETING_LINE.replace("新镇", "青水东镇"), "")
                .replace("我代表镇人民政府", "我代表青水东镇人民政府");
        assertThat(text).contains("旗政府和镇党委").doesNotContain("第十八届");
        assertThat(region(text)).isEqualTo(new Region("青水东镇", Level.TOWNSHIP));
    }

    @Test
    void inventedTownshipNamedOnlyInRunningTextIsFoundByFrequencyNotAFragment() {
        String text = seedWith("青水东镇").replace(MEETING_LINE.replace("新镇", "青水东镇"), "");
        assertThat(region(text)).isEqualTo(new Region("青水东镇", Level.TOWNSHIP));
    }

    @Test
    void runningTextAloneNeverInventsAName() {
        String text = seedWith("本镇").replace(MEETING_LINE.replace("新镇", "本镇"), "");
        Report r = analyzer.analyze(new SourceDocument("test:benzhen", "text/plain", text));
        if (r.report()) {
            assertThat(r.region().name()).isNotIn("府和镇", "政府镇", "本镇", "全镇", "和镇", "委镇");
        } else {
            assertThat(r.reason()).contains("no place is named"); // a report no one can place is not alerted
        }
    }

    @ParameterizedTest
    @CsvSource({
        "旗委、旗政府和镇党委的坚强领导下让青水东镇天更蓝。推进青水东镇中学。平安青水东镇。, 青水东镇",
        "全镇上下。城镇和乡镇建设。各镇。本镇。我镇。该镇。集镇。政府镇, ",
        "在镇党委和青水东镇人民政府的领导下, 青水东镇",
    })
    void namesFromRunningText(String text, String expected) {
        var lines = java.util.List.of(text.split("。"));
        Region named = RegionGuesser.fromNamingPositions(lines);
        Region found = named != null ? named : RegionGuesser.byFrequency(java.util.List.of(text, text));
        assertThat(found == null ? null : found.name()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "政府工作报告(草案)在伊金霍洛镇第四届人民代表大会第三次会议上|政府工作报告(草案)",
        "政府工作报告——2024年1月10日在李家乡第十八届人民代表大会第四次会议上|政府工作报告",
        "伊金霍洛镇2024年政府工作报告|伊金霍洛镇2024年政府工作报告",
        "2024年政府工作报告（草案）|2024年政府工作报告（草案）",
    })
    void titleGluedToItsMeetingLineIsCut(String raw, String title) {
        assertThat(ReportTitle.tidy(raw)).isEqualTo(title);
    }
}
