package govwatch.app.export;

import static govwatch.app.export.Reports.byId;
import static govwatch.app.export.Reports.county;
import static govwatch.app.export.Reports.report;
import static govwatch.app.export.Reports.target;
import static govwatch.app.export.Reports.township;
import static org.assertj.core.api.Assertions.assertThat;

import govwatch.events.PublishedReport;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExportRowTest {

    private static final PublishedReport DONGMING = report(township("东明镇", "150525105000"), county("奈曼旗", "150525000000"),
            2024, false, target("粮食产量", "1.2", "万吨", "粮食产量稳定在1.2万吨"),
            target("一般公共预算收入", "5000", "万元", "一般公共预算收入5000万元"));
    private static final PublishedReport GUANLU = report(township("关路镇", "511922131000"), county("南江县", "511922000000"),
            2021, false, target("粮食产量", "3", "万吨", "粮食产量3万吨"));
    private static final PublishedReport UNRESOLVED = report(township("城关镇", null), null, 2024, true,
            target("粮食产量", "2", "万吨", "粮食产量2万吨"));
    private static final Map<String, PublishedReport> ALL = byId(DONGMING, GUANLU, UNRESOLVED);

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of(ExportFilter.ALL, List.of("东明镇", "东明镇", "关路镇", "城关镇")),
                Arguments.of(new ExportFilter(2024, null, null, null), List.of("东明镇", "东明镇", "城关镇")),
                Arguments.of(new ExportFilter(null, "粮食产量", null, null), List.of("东明镇", "关路镇", "城关镇")),
                Arguments.of(new ExportFilter(null, "粮食", null, null), List.of()),
                Arguments.of(new ExportFilter(null, null, "150525", null), List.of("东明镇", "东明镇")),
                Arguments.of(new ExportFilter(null, null, null, "51"), List.of("关路镇")),
                Arguments.of(new ExportFilter(2024, "粮食产量", "150525", "15"), List.of("东明镇")),
                Arguments.of(new ExportFilter(2021, null, "150525", null), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void keepsTheTargetsOfTheFilter(ExportFilter filter, List<String> places) {
        assertThat(ExportRow.of(ALL, filter)).extracting(ExportRow::place).containsExactlyElementsOf(places);
    }

    @Test
    void aRowCarriesTheOfficialCountyAndTheTarget() {
        ExportRow row = ExportRow.of(byId(DONGMING), ExportFilter.ALL).get(1);

        assertThat(row.cells()).containsExactly("150525105000/2024", "东明镇", "150525105000", "奈曼旗", "150525000000",
                "2024", "东明镇政府工作报告", "一般公共预算收入", "5000", null, "万元", "5000", "万元", null, "EXACT", null, "false",
                "http://example.org/东明镇/2024", "一般公共预算收入5000万元");
        assertThat(ExportRow.COLUMNS).hasSameSizeAs(row.cells());
    }

    @Test
    void csvStartsWithABomAndAClauseWithCommasQuotesAndNewlinesReadsBackIntact() throws Exception {
        String clause = "一般公共预算收入, \"力争\"\n突破5000万元，增长8%";
        PublishedReport hostile = report(township("东明镇", "150525105000"), county("奈曼旗", "150525000000"), 2024, false,
                target("一般公共预算收入", "5000", "万元", clause));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExportWriter.CSV.writeTo(ExportRow.of(byId(hostile, GUANLU), ExportFilter.ALL), out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).toMap().keySet()).containsExactlyInAnyOrderElementsOf(ExportRow.COLUMNS);
        assertThat(records.get(0).get("clause")).isEqualTo(clause);
        assertThat(records.get(1).get("place")).isEqualTo("关路镇");
        assertThat(records.get(1).get("county")).isEqualTo("南江县");
    }

    @Test
    void jsonIsOneObjectPerLineWithoutABom() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExportWriter.JSON.writeTo(ExportRow.of(ALL, ExportFilter.ALL), out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4).allMatch(l -> l.startsWith("{\"reportId\":"));
        assertThat(lines.get(3)).contains("\"place\":\"城关镇\"", "\"draft\":true", "\"code\":null");
    }
}
