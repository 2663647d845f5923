package govwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.events.JsonSerde;
import govwatch.understanding.SourceDocument;
import govwatch.understanding.WorkReportAnalyzer;
import govwatch.understanding.model.Bound;
import govwatch.understanding.model.Level;
import govwatch.understanding.model.Region;
import govwatch.understanding.model.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The wire records say exactly what the analyzer's model says, in the same JSON: the subscribers' contract. */
class WireRecordsTest {

    private static final Path PAGES = Path.of("..", "seeds", "demo-portal", "zwgk", "zfgzbg");

    @Test
    void aPublishedReportIsTheSameJsonAsTheAnalyzersReport() throws Exception {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(PAGES)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        int reports = 0;
        for (Path page : pages) {
            String html = Files.readString(page, isGbk(page) ? java.nio.charset.Charset.forName("GB18030")
                    : StandardCharsets.UTF_8);
            Report model = new WorkReportAnalyzer().analyze(new SourceDocument(page.toUri().toString(), "text/html", html));
            if (!model.report()) {
                continue;
            }
            reports++;
            // Subscribers' short form of a target (the `alerts` command prints it) is the analyzer's.
            assertThat(WireRecords.targets(model.targets())).extracting(govwatch.events.Target::describe)
                    .containsExactlyElementsOf(model.targets().stream()
                            .map(govwatch.understanding.model.Target::describe).toList());
            assertThat(JsonSerde.MAPPER.readTree(JsonSerde.MAPPER.writeValueAsBytes(WireRecords.report(model))))
                    .as(page.toString())
                    .isEqualTo(JsonSerde.MAPPER.readTree(JsonSerde.MAPPER.writeValueAsBytes(model)));
        }
        assertThat(reports).isEqualTo(5);
    }

    @Test
    void everyLevelAndBoundOfTheModelHasItsWireValue() {
        assertThat(Arrays.stream(Level.values()).map(l -> WireRecords.region(new Region("x", l)).level().name()))
                .containsExactly(Arrays.stream(Level.values()).map(Enum::name).toArray(String[]::new));
        assertThat(Arrays.stream(govwatch.events.Bound.values()).map(Enum::name))
                .containsExactly(Arrays.stream(Bound.values()).map(Enum::name).toArray(String[]::new));
    }

    private static boolean isGbk(Path page) throws java.io.IOException {
        String head = new String(Files.readAllBytes(page), 0, 512, StandardCharsets.ISO_8859_1).toLowerCase();
        return head.contains("charset=gb");
    }
}
