package govwatch.understanding.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import govwatch.understanding.SourceDocument;
import govwatch.understanding.UnreadableDocumentException;
import govwatch.understanding.WorkReportAnalyzer;
import govwatch.understanding.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Portals serve broken pages: cut off mid-transfer, tags unbalanced, bytes garbled. Every page of the corpus,
 * damaged in such ways at seeded random places, must still give an answer (a report or a reasoned non-report) or a
 * clear {@link UnreadableDocumentException} — never another exception, which would send a page to the dead-letter
 * topic for a bug — and never a report without a region and plan year.
 */
class DamagedPagesTest {

    private static final int CUTS_PER_PAGE = 12;

    private final WorkReportAnalyzer analyzer = new WorkReportAnalyzer();

    @Test
    void damagedPagesGiveAnAnswerNotACrash() throws IOException {
        Random random = new Random(20261125);
        List<String> files = corpusFiles();
        int analyzed = 0;
        for (String file : files) {
            SourceDocument page = CorpusPage.load(file);
            String body = page.body();
            for (int i = 0; i < CUTS_PER_PAGE; i++) {
                for (String damaged : damage(body, random)) {
                    SourceDocument doc = new SourceDocument(page.url(), page.contentType(), damaged);
                    assertThatCode(() -> check(doc)).as("%s damaged #%d", file, i).doesNotThrowAnyException();
                    analyzed++;
                }
            }
        }
        assertThat(analyzed).isEqualTo(files.size() * CUTS_PER_PAGE * 3);
    }

    private void check(SourceDocument doc) {
        Report report;
        try {
            report = analyzer.analyze(doc);
        } catch (UnreadableDocumentException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        if (report.report()) {
            assertThat(report.region()).isNotNull();
            assertThat(report.year()).isNotNull();
        } else {
            assertThat(report.reason()).isNotBlank();
        }
    }

    /** Three damages at random places: cut off, a stretch deleted (tags unbalanced), a stretch garbled. */
    private static List<String> damage(String body, Random random) {
        int at = random.nextInt(body.length());
        int len = Math.min(body.length() - at, 1 + random.nextInt(2000));
        String garbled = "\uFFFD\u0000<div<<p>>>\"'&#;".repeat(1 + len / 16).substring(0, len);
        return List.of(body.substring(0, at),
                body.substring(0, at) + body.substring(at + len),
                body.substring(0, at) + garbled + body.substring(at + len));
    }

    private static List<String> corpusFiles() throws IOException {
        try (InputStream in = DamagedPagesTest.class.getResourceAsStream("/corpus/expected.json")) {
            JsonNode pages = new ObjectMapper().readTree(in);
            List<String> files = new ArrayList<>();
            pages.forEach(p -> files.add(p.get("file").asText()));
            return files;
        }
    }
}
