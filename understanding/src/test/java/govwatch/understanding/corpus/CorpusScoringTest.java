package govwatch.understanding.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import govwatch.understanding.SourceDocument;
import govwatch.understanding.WorkReportAnalyzer;
import govwatch.understanding.model.Report;
import govwatch.understanding.model.Target;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Scores the analyzer on the whole labelled corpus (src/test/resources/corpus/expected.json, written by hand from
 * reading each page) and fails below the bar: every detection field right on every page, target recall ≥ 95%,
 * no review-section figure reported as a target. Prints one score line per page.
 */
class CorpusScoringTest {

    private static final double MIN_RECALL = 0.95;
    private final WorkReportAnalyzer analyzer = new WorkReportAnalyzer();

    @Test
    void corpusMeetsTheBar() throws Exception {
        JsonNode pages = new ObjectMapper().readTree(resource("expected.json"));
        int fieldsWrong = 0;
        int expectedTargets = 0;
        int recalled = 0;
        int leaks = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode page : pages) {
            String file = page.get("file").asText();
            SourceDocument doc = CorpusPage.load(file);
            Report r = analyzer.analyze(doc);
            List<String> wrong = detectionErrors(page, r);
            int want = page.path("targets").size();
            int got = recall(page.path("targets"), r.targets(), failures, file);
            int leak = page.has("planMarker") ? leaks(page.get("planMarker").asText(), analyzer.cleanText(doc), r.targets(),
                    failures, file) : 0;
            System.out.printf("%-42s report=%-5s detection %s  targets %d/%d (extracted %d)  review leaks %d%n", file, r.report(),
                    wrong.isEmpty() ? "ok" : "WRONG " + wrong, got, want, r.targets().size(), leak);
            fieldsWrong += wrong.size();
            wrong.forEach(w -> failures.add(file + ": " + w));
            expectedTargets += want;
            recalled += got;
            leaks += leak;
        }
        double recall = expectedTargets == 0 ? 1 : (double) recalled / expectedTargets;
        System.out.printf("corpus: %d pages, detection fields wrong %d, target recall %d/%d = %.1f%%, review leaks %d%n",
                pages.size(), fieldsWrong, recalled, expectedTargets, recall * 100, leaks);
        failures.forEach(f -> System.out.println("  miss: " + f));
        assertThat(fieldsWrong).as("detection fields wrong: %s", failures).isZero();
        assertThat(recall).as("target recall; misses: %s", failures).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(leaks).as("review-section figures reported as targets").isZero();
    }

    private static List<String> detectionErrors(JsonNode e, Report r) {
        List<String> wrong = new ArrayList<>();
        check(wrong, "report", e.get("report").asBoolean(), r.report());
        if (!e.get("report").asBoolean()) {
            String reason = e.get("reasonContains").asText();
            if (r.reason() == null || !r.reason().contains(reason)) {
                wrong.add("reason " + r.reason() + " lacks '" + reason + "'");
            }
            return wrong;
        }
        check(wrong, "region", text(e, "region"), r.region() == null ? null : r.region().name());
        check(wrong, "level", text(e, "level"), r.region() == null ? null : r.region().level().name());
        check(wrong, "parent", text(e, "parent"), r.parent() == null ? null : r.parent().name());
        check(wrong, "year", e.get("year").asInt(), r.year());
        check(wrong, "reviewYear", e.get("reviewYear").asInt(), r.reviewYear());
        check(wrong, "meetingDate", text(e, "meetingDate"), r.meetingDate());
        check(wrong, "publishedAt", text(e, "publishedAt"), r.publishedAt());
        check(wrong, "draft", e.get("draft").asBoolean(), r.draft());
        check(wrong, "session", text(e, "session"), r.session());
        return wrong;
    }

    private static void check(List<String> wrong, String field, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            wrong.add(field + " expected " + expected + " got " + actual);
        }
    }

    /** Expected targets matched one-to-one: indicator contains the expected key, value, unit, growth and bound equal. */
    private static int recall(JsonNode expected, List<Target> actual, List<String> failures, String file) {
        boolean[] used = new boolean[actual.size()];
        int hits = 0;
        for (JsonNode t : expected) {
            int found = -1;
            for (int i = 0; i < actual.size() && found < 0; i++) {
                if (!used[i] && matches(t, actual.get(i))) {
                    found = i;
                }
            }
            if (found >= 0) {
                used[found] = true;
                hits++;
            } else {
                failures.add(file + ": target " + t);
            }
        }
        return hits;
    }

    private static boolean matches(JsonNode e, Target a) {
        return a.indicator().contains(e.get("indicator").asText())
                && sameNumber(text(e, "value"), a.value())
                && Objects.equals(text(e, "unit"), a.unit())
                && sameNumber(text(e, "growth"), a.growthPercent())
                && e.get("bound").asText().equals(a.bound().name());
    }

    /** A target whose clause is found only before the plan heading is a review figure reported as a target. */
    private static int leaks(String planMarker, String cleanText, List<Target> targets, List<String> failures, String file) {
        String[] lines = cleanText.split("\n");
        int plan = -1;
        for (int i = 0; i < lines.length && plan < 0; i++) {
            if (lines[i].contains(planMarker) && lines[i].length() <= planMarker.length() + 8) {
                plan = i;
            }
        }
        assertThat(plan).as("plan marker '%s' in %s", planMarker, file).isNotNegative();
        String review = String.join("\n", List.of(lines).subList(0, plan));
        String planText = String.join("\n", List.of(lines).subList(plan, lines.length));
        int leaks = 0;
        for (Target t : targets) {
            String clause = t.text().split("，")[0];
            if (!planText.contains(clause) && review.contains(clause)) {
                leaks++;
                failures.add(file + ": review figure as target " + t);
            }
        }
        return leaks;
    }

    private static boolean sameNumber(String expected, BigDecimal actual) {
        return expected == null ? actual == null : actual != null && new BigDecimal(expected).compareTo(actual) == 0;
    }

    private static String text(JsonNode e, String field) {
        JsonNode n = e.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(CorpusScoringTest.class.getResourceAsStream("/corpus/" + name), name);
    }
}
