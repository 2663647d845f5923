package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.events.JsonSerde;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * As a user: after a pass over the demo portal, {@code export} gives one row per target of the reports found (counted
 * from the NEW_REPORT alerts, which carry each report's targets), as CSV with a BOM that parses back and as JSON lines;
 * {@code coverage} lists 东明镇 of 奈曼旗 as published for 2024 and the county's other units as missing.
 */
class ExportEndToEndTest {

    @TempDir
    Path work;

    @Test
    void exportGivesOneRowPerExtractedTargetAndCoverageFindsTheDemoTownship() throws Exception {
        Path seeds = LocalPortal.seedFile(work, LocalPortal.DEMO, LocalPortal.freePort());
        String dataDir = work.resolve("data").toString();
        Cli run = Cli.run("run", "--seeds", seeds.toString(), "--data-dir", dataDir, "--once");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<Alert> alerts = run.alerts();
        assertThat(alerts).hasSize(5).extracting(Alert::type).containsOnly(AlertType.NEW_REPORT);
        Map<String, Integer> targetsPerReport = alerts.stream()
                .collect(Collectors.toMap(Alert::reportId, a -> a.targets().size()));
        int targets = targetsPerReport.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(targets).isPositive();

        Path csv = work.resolve("targets.csv");
        Cli export = Cli.run("export", "--data-dir", dataDir, "--format", "csv", "--output", csv.toString());
        assertThat(export.exitCode()).as(export.stderr()).isZero();
        assertThat(export.stdout()).isEmpty();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).hasSize(targets);
        assertThat(rows.stream().collect(Collectors.groupingBy(r -> r.get("report_id"), Collectors.summingInt(r -> 1))))
                .isEqualTo(withoutZeros(targetsPerReport)); // a report with no target has no row
        assertThat(rows).allMatch(r -> !r.get("indicator").isEmpty() && !r.get("clause").isEmpty()
                && r.get("source_url").startsWith("http://127.0.0.1:"));

        Cli json = Cli.run("export", "--data-dir", dataDir, "--format", "json", "--year", "2024",
                "--county", "150525");
        assertThat(json.exitCode()).as(json.stderr()).isZero();
        List<Map<?, ?>> objects = json.stdout().lines().map(ExportEndToEndTest::object).toList();
        assertThat(objects).hasSize(targetsPerReport.get("150525105000/2024"))
                .allMatch(o -> "东明镇".equals(o.get("place")) && "奈曼旗".equals(o.get("county")));

        Cli coverage = Cli.run("coverage", "--data-dir", dataDir, "--county", "150525", "--year", "2024");
        assertThat(coverage.exitCode()).as(coverage.stderr()).isZero();
        assertThat(coverage.stdout().lines().filter(l -> l.contains("published"))).hasSize(2) // the heading and 东明镇
                .anyMatch(l -> l.startsWith("150525105000  东明镇"));
        assertThat(coverage.stderr()).contains("奈曼旗 2024: 1 of ");
    }

    @Test
    void aCodeOutsideTheOfficialListIsACommandLineErrorAndAnEmptyDataDirIsSaidSo() {
        Cli county = Cli.run("export", "--data-dir", work.toString(), "--format", "csv", "--county", "1505");
        assertThat(county.exitCode()).isEqualTo(2);
        assertThat(county.stderr()).contains("--county 1505 is not a county-level code");

        Cli empty = Cli.run("coverage", "--data-dir", work.toString(), "--county", "150525", "--year", "2024");
        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(empty.stderr()).contains("no govwatch data in");
    }

    private static Map<String, Integer> withoutZeros(Map<String, Integer> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<?, ?> object(String line) {
        try {
            return JsonSerde.MAPPER.readValue(line, Map.class);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
