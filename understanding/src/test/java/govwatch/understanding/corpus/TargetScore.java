package govwatch.understanding.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import govwatch.understanding.extract.IndicatorVocabulary;
import govwatch.understanding.extract.Units;
import govwatch.understanding.model.Quantity;
import govwatch.understanding.model.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores one page's extracted targets against its hand labels, strictly. {@code targets} are the main targets (recall
 * is measured on them); {@code otherTargets} are the remaining real plan targets of the page, labelled so that the
 * labels together judge precision. A target is right when all four fields are right:
 * <ul>
 *   <li>indicator: a label naming an indicator of the vocabulary ({@link IndicatorVocabulary}, by its canonical name
 *       or a synonym, as the text words it) must be extracted under exactly that canonical name; a long-tail label
 *       (示范村, 农村改厕) is a key the free-form name must contain;</li>
 *   <li>value: the normalized value and base unit (0.31万亩 = 3100亩), or no value for a growth-only target;</li>
 *   <li>growth: the growth rate in percent, or none;</li>
 *   <li>bound: EXACT, ABOUT, AT_LEAST, AT_MOST or RANGE;</li>
 *   <li>horizon: a label's period (十五五, 到2030年, 年均) exactly; a label without one wants the plan year.</li>
 * </ul>
 * Labels and extracted targets are paired one-to-one, greedily by the number of fields that agree (at least two, one of
 * them the indicator or the value), so
 * each field's precision and recall can be counted on the pairs.
 */
record TargetScore(int mainExpected, int mainFound, int allExpected, int allFound, int extracted, int correct,
                   int[] fieldsRight, List<String> misses, List<String> wrong) {

    static final String[] FIELDS = {"indicator", "value", "growth", "bound", "horizon"};

    static TargetScore of(JsonNode page, List<Target> actual) {
        List<JsonNode> labels = new ArrayList<>();
        page.path("targets").forEach(labels::add);
        int main = labels.size();
        page.path("otherTargets").forEach(labels::add);
        int[] pairOf = new int[labels.size()];
        java.util.Arrays.fill(pairOf, -1);
        boolean[] used = new boolean[actual.size()];
        for (int want = FIELDS.length; want >= 2; want--) {
            for (int l = 0; l < labels.size(); l++) {
                for (int i = 0; i < actual.size() && pairOf[l] < 0; i++) {
                    boolean[] f = used[i] ? null : fields(labels.get(l), actual.get(i));
                    if (f != null && (f[0] || f[1]) && agreeing(labels.get(l), actual.get(i)) == want) {
                        pairOf[l] = i;
                        used[i] = true;
                    }
                }
            }
        }
        int mainFound = 0;
        int allFound = 0;
        int[] fields = new int[FIELDS.length];
        boolean[] right = new boolean[actual.size()];
        List<String> misses = new ArrayList<>();
        for (int l = 0; l < labels.size(); l++) {
            boolean[] f = pairOf[l] < 0 ? new boolean[FIELDS.length] : fields(labels.get(l), actual.get(pairOf[l]));
            boolean all = true;
            for (int k = 0; k < f.length; k++) {
                fields[k] += f[k] ? 1 : 0;
                all &= f[k];
            }
            if (all) {
                allFound++;
                mainFound += l < main ? 1 : 0;
                right[pairOf[l]] = true;
            } else if (l < main) {
                misses.add("target " + labels.get(l) + (pairOf[l] < 0 ? "" : " read as " + describe(actual.get(pairOf[l]))));
            }
        }
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            if (!right[i]) {
                wrong.add("not a labelled target: " + describe(actual.get(i)));
            }
        }
        return new TargetScore(main, mainFound, labels.size(), allFound, actual.size(), allFound, fields, misses, wrong);
    }

    private static String describe(Target t) {
        return "[" + t.indicator() + "] " + t.describe() + " <- " + t.text();
    }

    private static int agreeing(JsonNode e, Target a) {
        int n = 0;
        for (boolean b : fields(e, a)) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private static boolean[] fields(JsonNode e, Target a) {
        return new boolean[] {indicator(e.get("indicator").asText(), a.indicator()), value(e, a.normalized()),
            sameNumber(text(e, "growth"), a.growthPercent()), e.get("bound").asText().equals(a.bound().name()),
            e.has("horizon") ? e.get("horizon").asText().equals(a.horizon()) : !a.periodHorizon()};
    }

    static boolean indicator(String label, String actual) {
        String canonical = IndicatorVocabulary.canonical(label);
        return canonical != null ? canonical.equals(actual) : actual.contains(label);
    }

    private static boolean value(JsonNode e, Quantity actual) {
        String v = text(e, "value");
        if (v == null) {
            return actual == null;
        }
        String unit = text(e, "unit");
        BigDecimal normalized = Units.normalize(new BigDecimal(v), unit);
        return actual != null && normalized.compareTo(actual.value()) == 0 && Objects.equals(Units.base(unit), actual.unit());
    }

    private static boolean sameNumber(String expected, BigDecimal actual) {
        return expected == null ? actual == null : actual != null && new BigDecimal(expected).compareTo(actual) == 0;
    }

    static String text(JsonNode e, String field) {
        JsonNode n = e.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
