package govwatch.understanding.extract;

import govwatch.understanding.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Extracts the quantitative targets of a report's plan part. Works sentence by sentence (split on 。；;！？ and
 * line ends) and clause by clause (，,:：) with bounded patterns, so it stays linear on any input: each sentence is
 * read by a fresh {@link SentenceReader}, which names every amount ({@link AmountScanner}, {@link IndicatorNamer},
 * {@link IndicatorCanonical}) and drops figures that are no targets ({@link NonTargets}). Amounts without a
 * nameable indicator are skipped: a target nobody can name is noise in an alert.
 */
public final class TargetExtractor {

    private static final Pattern SENTENCE = Pattern.compile("[。；;！？!?]");
    private static final Pattern CLAUSE = Pattern.compile("[，,:：]");
    /** Clauses about the past inside the plan part (去年完成…) report achievements, not targets. */
    private static final Pattern PAST = Pattern.compile("去年|过去|已完成|已经|已达到|已实现|上年度完成");
    private static final int MAX_SENTENCE = 2000;

    public List<Target> extract(List<String> planLines) {
        List<Target> out = new ArrayList<>();
        for (String line : planLines) {
            for (String sentence : SENTENCE.split(line)) {
                if (sentence.length() > MAX_SENTENCE) {
                    sentence = sentence.substring(0, MAX_SENTENCE);
                }
                for (TargetDraft d : sentence(sentence)) {
                    out.add(d.toTarget());
                }
            }
        }
        return out;
    }

    private static List<TargetDraft> sentence(String sentence) {
        SentenceReader reader = new SentenceReader();
        for (String raw : CLAUSE.split(sentence)) {
            String clause = ChineseValues.rewrite(raw.strip());
            if (!clause.isEmpty() && !PAST.matcher(clause).find()) {
                reader.clause(clause);
            }
        }
        return reader.drafts();
    }
}
