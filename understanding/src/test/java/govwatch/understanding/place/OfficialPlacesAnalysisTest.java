package govwatch.understanding.place;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.understanding.SourceDocument;
import govwatch.understanding.WorkReportAnalyzer;
import govwatch.understanding.corpus.CorpusPage;
import govwatch.understanding.model.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole reports through the analyzer: the place resolves to its official unit (code, level, county) where the list
 * and the clues allow, and stays as written where they do not. Pages are the seed reports with their place swapped.
 */
class OfficialPlacesAnalysisTest {

    /** 关路镇 of 南江县 (the page names 南江县). */
    private static final String GUANLU = "seeds-txt/002_d324ce6e83d8ee29.txt";
    /** 东明镇: the page says 旗委 and 内蒙古, not which banner. */
    private static final String DONGMING = "seeds-txt/001_e14c0fc8027c8e75.txt";
    /** 泰宁县's report, a county of Fujian: its place swapped for a county-level city of Jilin. */
    private static final String TAINING = "real/county-taining-2020.txt";


    private final WorkReportAnalyzer analyzer = new WorkReportAnalyzer();

    @ParameterizedTest(name = "{0}: {1}→{2} county={3} → {4} {5} {6} in {7}, id {8}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
        // page    | from | to   | declared     | region   | level       | code         | parent       | id
        // the 和 bug: a township whose name holds 和 is itself, not 推进乡 cut from 推进乡村振兴
        "GUANLU    | 关路 | 和平 | -            | 和平镇   | TOWNSHIP    | 511922120000 | 南江县       | 511922120000/2021",
        "GUANLU    | 关路 | 仁和 | -            | 仁和镇   | TOWNSHIP    | 511922122000 | 南江县       | 511922122000/2021",
        // listed elsewhere but not in 南江县, which the page names: kept as written, by suffix
        "GUANLU    | 关路 | 永和 | -            | 永和镇   | TOWNSHIP    | -            | 南江县       | 南江县永和镇/2021",
        // in no list at all (new, renamed, invented): by suffix as before
        "GUANLU    | 关路 | 青水东 | -          | 青水东镇 | TOWNSHIP    | -            | 南江县       | 南江县青水东镇/2021",
        "GUANLU    | 关路 | 关路 | -            | 关路镇   | TOWNSHIP    | 511922131000 | 南江县       | 511922131000/2021",
        // a 乡 and a 街道 of the same county: level and code from the list
        "GUANLU    | 关路镇 | 神门乡 | -          | 神门乡   | TOWNSHIP    | 511922229000 | 南江县       | 511922229000/2021",
        // same name in three counties: the declared county, the page's province, or nothing to go by
        "DONGMING  | 旗委 | 旗委 | 150525       | 东明镇   | TOWNSHIP    | 150525105000 | 奈曼旗       | 150525105000/2024",
        "DONGMING  | 旗委 | 市委 | 220382000000 | 东明镇   | TOWNSHIP    | 220382107000 | 双辽市       | 220382107000/2024",
        "DONGMING  | 内蒙古 | 河南 | 411224     | 东明镇   | TOWNSHIP    | 411224107000 | 卢氏县       | 411224107000/2024",
        "DONGMING  | 旗委 | 旗委 | -            | 东明镇   | TOWNSHIP    | 150525105000 | 奈曼旗       | 150525105000/2024",
        "DONGMING  | 内蒙古 | 本地 | -          | 东明镇   | TOWNSHIP    | -            | -            | 东明镇/2024",
        // a declared county that holds no unit of the name: a unit the list lacks, not one moved elsewhere
        "DONGMING  | 旗委 | 旗委 | 150627       | 东明镇   | TOWNSHIP    | -            | -            | 东明镇/2024",
        // a county-level city is a county by the list, a city by its suffix
        "TAINING   | 双辽县 | 双辽市 | -          | 双辽市   | COUNTY      | 220382000000 | -            | 220382000000/2020",
    })
    void resolves(String page, String from, String to, String declared, String region, String level, String code,
                  String parent, String id) {
        String text = text(page).replace(from, to);
        Report r = analyzer.analyze(new SourceDocument("test:" + page, "text/plain", text, declared));
        assertThat(r.report()).as(r.reason()).isTrue();
        assertThat(r.region().name()).isEqualTo(region);
        assertThat(r.region().level().name()).isEqualTo(level);
        assertThat(r.region().code()).isEqualTo(code);
        assertThat(r.parent() == null ? null : r.parent().name()).isEqualTo(parent);
        assertThat(r.id()).isEqualTo(id);
        if (code != null && parent != null) {
            assertThat(r.parent().code()).isEqualTo(code.substring(0, 6) + "000000");
        }
    }

    private static String text(String page) {
        return switch (page) {
            case "GUANLU" -> new String(CorpusPage.bytes(GUANLU), StandardCharsets.UTF_8);
            case "DONGMING" -> new String(CorpusPage.bytes(DONGMING), StandardCharsets.UTF_8);
            default -> new String(CorpusPage.bytes(TAINING), StandardCharsets.UTF_8).replace("泰宁", "双辽");
        };
    }
}
