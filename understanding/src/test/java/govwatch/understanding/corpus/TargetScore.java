package govwatch.understanding.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import govwatch.understanding.model.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores one page's extracted targets against its hand labels. {@code targets} are the main targets (recall is
 * measured on them); {@code otherTargets} are the remaining real plan targets of the page, labelled so that the
 * labels together judge precision: an extracted target is correct when it matches a label one-to-one (indicator
 * contains the label's key, value, unit, growth and bound equal).
 *
 * @param mainExpected   main labels
 * @param mainFound      main labels matched
 * @param allExpected    all labels (main and other)
 * @param allFound       all labels matched
 * @param extracted      targets extracted
 * @param correct        extracted targets that match a label
 * @param misses         main labels not matched
 * @param wrong          extracted targets matching no label
 */
record TargetScore(int mainExpected, int mainFound, int allExpected, int allFound, int extracted, int correct,
                   List<String> misses, List<String> wrong) {

    static TargetScore of(JsonNode page, List<Target> actual) {
        List<JsonNode> labels = new ArrayList<>();
        page.path("targets").forEach(labels::add);
        int main = labels.size();
        page.path("otherTargets").forEach(labels::add);
        boolean[] used = new boolean[actual.size()];
        int mainFound = 0;
        int allFound = 0;
        List<String> misses = new ArrayList<>();
        for (int l = 0; l < labels.size(); l++) {
            int found = -1;
            for (int i = 0; i < actual.size() && found < 0; i++) {
                if (!used[i] && matches(labels.get(l), actual.get(i))) {
                    found = i;
                }
            }
            if (found >= 0) {
                used[found] = true;
                allFound++;
                mainFound += l < main ? 1 : 0;
            } else if (l < main) {
                misses.add("target " + labels.get(l));
            }
        }
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            if (!used[i]) {
                Target t = actual.get(i);
                wrong.add("not a labelled target: [" + t.indicator() + "] " + t.describe() + " <- " + t.text());
            }
        }
        return new TargetScore(main, mainFound, labels.size(), allFound, actual.size(), actual.size() - wrong.size(),
                misses, wrong);
    }

    private static boolean matches(JsonNode e, Target a) {
        return a.indicator().contains(e.get("indicator").asText())
                && sameNumber(text(e, "value"), a.value())
                && Objects.equals(text(e, "unit"), a.unit())
                && sameNumber(text(e, "growth"), a.growthPercent())
                && e.get("bound").asText().equals(a.bound().name());
    }

    private static boolean sameNumber(String expected, BigDecimal actual) {
        return expected == null ? actual == null : actual != null && new BigDecimal(expected).compareTo(actual) == 0;
    }

    static String text(JsonNode e, String field) {
        JsonNode n = e.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
