package govwatch.understanding.extract;

import govwatch.understanding.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the quantitative targets of a report's plan part. Works sentence by sentence (split on 。；;！？ and
 * line ends) and clause by clause (，,:：) with bounded patterns, so it stays linear on any input: each sentence is
 * read by a fresh {@link SentenceReader}, which names every amount ({@link AmountScanner}, {@link IndicatorNamer},
 * {@link IndicatorCanonical}) and drops figures that are no targets ({@link NonTargets}, {@link Modifiers}). Amounts
 * without a nameable indicator are skipped: a target nobody can name is noise in an alert.
 *
 * <p>Review and plan are told apart sentence by sentence: a paragraph or sentence that opens on the past (这五年,
 * 过去五年, 一年来 …) reports achievements, even inside the plan part. Each target carries its horizon
 * ({@link Horizons}): a five-year section (“十五五”时期主要目标任务) or a clause due by a year (到2030年) or stated as a
 * yearly average (年均) sets goals of that period, not the plan year's.
 */
public final class TargetExtractor {

    private static final Pattern SENTENCE = Pattern.compile("[。；;！？!?]");
    private static final Pattern CLAUSE = Pattern.compile("[，,:：]");
    /** Clauses about the past inside the plan part (去年完成…) report achievements, not targets. */
    private static final Pattern PAST = Pattern.compile("去年|过去|已完成|已经|已达到|已实现|上年度完成");
    /** A paragraph or sentence opening on the past: 这五年, 过去五年, “十四五”这五年, 一年来, 刚刚过去的一年. */
    private static final Pattern REVIEW_OPENING = Pattern.compile(
            "^[“\"]?(?:十[一二三四五六七八九]五[”\"]?(?:时期)?)?(?:这五年|过去五年|五年来|一年来|过去一年|过去的一年|刚刚过去的|回顾)");
    private static final int MAX_SENTENCE = 2000;

    public List<Target> extract(List<String> planLines) {
        List<Target> out = new ArrayList<>();
        Horizons horizons = new Horizons();
        for (String line : planLines) {
            horizons.line(line);
            if (REVIEW_OPENING.matcher(line).find()) {
                continue;
            }
            for (String sentence : SENTENCE.split(line)) {
                String s = sentence.strip();
                if (REVIEW_OPENING.matcher(s).find()) {
                    continue;
                }
                if (s.length() > MAX_SENTENCE) {
                    s = s.substring(0, MAX_SENTENCE);
                }
                List<TargetDraft> drafts = sentence(s);
                String dueBy = drafts.isEmpty() ? null : Horizons.dueBy(s);
                for (TargetDraft d : drafts) {
                    d.horizon = horizons.of(dueBy, d.text);
                    out.add(d.toTarget());
                }
            }
        }
        return out;
    }

    private static List<TargetDraft> sentence(String sentence) {
        SentenceReader reader = new SentenceReader();
        for (String raw : CLAUSE.split(sentence)) {
            String clause = beforePast(ChineseValues.rewrite(raw.strip()));
            if (!clause.isEmpty()) {
                reader.clause(clause);
            }
        }
        return reader.drafts();
    }

    /**
     * The part of a clause before a reference to the past: 粮食产量1300亿斤以上、力争比去年实现更多增长 keeps its
     * target; 去年完成投资5亿元 (the past first) keeps nothing.
     */
    private static String beforePast(String clause) {
        Matcher m = PAST.matcher(clause);
        if (!m.find()) {
            return clause;
        }
        String before = clause.substring(0, m.start());
        return before.chars().anyMatch(Character::isDigit) && !before.isBlank() ? before : "";
    }
}
