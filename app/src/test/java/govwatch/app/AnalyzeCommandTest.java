package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import govwatch.events.JsonSerde;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govwatch analyze} as a user runs it: one JSON object on stdout, a clear error otherwise. */
class AnalyzeCommandTest {

    private static final Path PAGES = Path.of("..", "seeds", "demo-portal", "zwgk", "zfgzbg");

    @TempDir
    Path work;

    private String stdout;
    private String stderr;

    private int analyze(String source) {
        Cli run = Cli.run("analyze", source);
        stdout = run.stdout();
        stderr = run.stderr();
        return run.exitCode();
    }

    @Test
    void aGbkPortalPageIsUnderstood() throws Exception {
        assertThat(analyze(PAGES.resolve("202108/t20210813_1003.html").toString())).isZero();

        assertThat(stdout.strip().lines()).hasSize(1);
        JsonNode report = JsonSerde.MAPPER.readTree(stdout);
        assertThat(report.get("report").asBoolean()).isTrue();
        assertThat(report.at("/region/name").asText()).isEqualTo("关路镇");
        assertThat(report.at("/region/level").asText()).isEqualTo("TOWNSHIP");
        assertThat(report.get("year").asInt()).isEqualTo(2021);
        assertThat(report.get("reviewYear").asInt()).isEqualTo(2020);
        assertThat(report.get("targets").size()).isPositive();
    }

    @Test
    void aWordDocumentIsUnderstood() throws Exception {
        Path docx = work.resolve("report.docx");
        // The 东明镇 report as a Word file: the paragraphs of its demo portal page, without the portal around them.
        var page = Jsoup.parse(PAGES.resolve("202401/t20240104_1002.html").toFile(), "UTF-8");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (var paragraph : page.select(".TRS_Editor p")) {
                doc.createParagraph().createRun().setText(paragraph.text());
            }
            doc.write(out);
        }

        assertThat(analyze(docx.toString())).isZero();

        JsonNode report = JsonSerde.MAPPER.readTree(stdout);
        assertThat(report.at("/region/name").asText()).as("analyze printed %s", stdout).isEqualTo("东明镇");
        assertThat(report.get("year").asInt()).isEqualTo(2024);
        assertThat(report.get("meetingDate").asText()).isEqualTo("2023-12");
    }

    @Test
    void aLookAlikeIsNotAReport() throws Exception {
        assertThat(analyze(PAGES.resolve("202312/t20231228_1006.html").toString())).isZero();

        JsonNode report = JsonSerde.MAPPER.readTree(stdout);
        assertThat(report.get("report").asBoolean()).isFalse();
        assertThat(report.get("reason").asText()).isNotBlank();
    }

    @Test
    void aMissingFileIsAClearErrorAndANonZeroExit() {
        assertThat(analyze(work.resolve("nope.html").toString())).isNotZero();

        assertThat(stdout).isEmpty();
        assertThat(stderr).contains("nope.html").contains("no such file");
    }
}
