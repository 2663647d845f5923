package govwatch.understanding.extract;

import govwatch.understanding.model.Bound;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the clauses of one sentence into draft targets. Each amount gets an indicator, a growth rate when a growth
 * verb precedes a percentage, and a bound. Handles shared-indicator lists (城镇和农村居民人均可支配收入分别增长6%、9%以上),
 * verb lists (新植金银花500亩、核桃1000亩), 增长X%，达到Y in either order, and counts of things above a threshold
 * ({@link Thresholds}). State (力争 seen, the last threshold's subject) lasts for the sentence only.
 */
final class SentenceReader {

    private static final Pattern GROWTH_TAIL = Pattern.compile(
            "(增长|增加|提高|提升|上升|递增|增速|增幅|涨幅|下降|降低|减少|缩减)率?(?:达到|为|在|保持在|超过|不低于|控制在)?$");
    private static final Pattern PLACE_END = Pattern.compile("(?:村|屯|嘎查|社区|组|镇|乡|街道)$");
    private static final Pattern RATIO_END = Pattern.compile("(?:率|比例|比重|占比)$");
    private static final int TAIL = 14;

    private final List<TargetDraft> drafts = new ArrayList<>();
    private boolean striving;
    private String thresholdSubject;

    List<TargetDraft> drafts() {
        return drafts;
    }

    void clause(String clause) {
        if (NonTargets.inventoryClause(clause)) {
            return;
        }
        List<Amount> amounts = AmountScanner.scan(clause);
        int prevEnd = 0;
        String listVerb = null;
        String previousName = null;
        String previousGrowth = null;
        String thresholdName = null;
        String pairName = null;
        List<String> shared = null;
        int sharedFrom = -1;
        int first = drafts.size();
        for (int i = 0; i < amounts.size(); i++) {
            Amount a = amounts.get(i);
            String seg = clause.substring(prevEnd, a.start());
            Amount next = i + 1 < amounts.size() ? amounts.get(i + 1) : null;
            int nextStart = next != null ? next.start() : clause.length();
            int segStart = prevEnd;
            prevEnd = a.end();
            striving |= seg.contains("力争");
            String tail = seg.length() > TAIL ? seg.substring(seg.length() - TAIL) : seg;
            Matcher g = GROWTH_TAIL.matcher(tail);
            boolean changeVerb = (a.percent() || a.unit().endsWith("百分点")) && g.find();
            String growthVerb = changeVerb && a.percent() ? g.group(1) : null;
            // 提升1个百分点: a change in points is a value of its own (not a growth rate), named without the verb
            String nameSeg = changeVerb ? seg.substring(0, seg.length() - tail.length() + g.start()) : seg;
            if (growthVerb == null && next != null && Thresholds.isThreshold(clause, a, next)) {
                String subject = IndicatorCanonical.of(IndicatorNamer.before(nameSeg));
                thresholdSubject = IndicatorNamer.valid(subject) ? subject : thresholdSubject;
                thresholdName = Thresholds.name(thresholdSubject, clause, a, next);
                continue;
            }
            if (growthVerb == null && Modifiers.describesNoun(clause, seg, a, next)) {
                prevEnd = segStart; // the next amount's name runs over this one (公交与轨道50米内换乘比例)
                continue;
            }
            if (pairName == null && next != null && adjacentPair(a, next)) {
                int after = i + 2 < amounts.size() ? amounts.get(i + 2).start() : clause.length();
                String noun = IndicatorNamer.after(clause, next.end(), after);
                pairName = noun.isEmpty() ? null : noun;
            }
            if (growthVerb == null && a.percent() && i > 0 && previousGrowth != null
                    && seg.replace("、", "").replace("和", "").isBlank()) {
                growthVerb = previousGrowth;
            }
            boolean listItem = i > 0 && (nameSeg.isBlank() || nameSeg.startsWith("、") || nameSeg.equals("和") || nameSeg.equals("及"));
            String name;
            if (thresholdName != null) {
                name = thresholdName;
                thresholdName = null;
            } else if (pairName != null) {
                name = pairName;
                pairName = next != null && adjacentPair(a, next) ? pairName : null;
            } else if (shared != null && i - sharedFrom < shared.size() && nameSeg.replace("、", "").replace("和", "").isBlank()) {
                name = shared.get(i - sharedFrom);
            } else if (listItem && nameSeg.replace("、", "").isBlank()) {
                name = previousName;
            } else {
                if (a.counter() && next != null && noDelimiter(clause, a.end(), nextStart)) {
                    continue;
                }
                name = name(clause, a, nameSeg, nextStart);
                if (NonTargets.skip(nameSeg, name)) {
                    continue;
                }
                if (name != null && listItem && listVerb != null && !IndicatorNamer.KEEP_VERB.matcher(name).find()) {
                    name = listVerb + name;
                }
                if (name != null && seg.contains("分别") && (name.contains("和") || name.contains("、") || name.contains("及")
                        || name.startsWith("城乡"))) {
                    shared = SharedIndicators.expand(name);
                    sharedFrom = i;
                    name = shared.get(0);
                } else if (name != null && name.lastIndexOf('、') > 0 && RATIO_END.matcher(name).find()
                        && IndicatorNamer.valid(name.substring(name.lastIndexOf('、') + 1))) {
                    name = name.substring(name.lastIndexOf('、') + 1); // 医疗集团、区级覆盖率达80%: the last item is named
                }
            }
            if (name == null || name.isEmpty()) {
                DraftRules.attach(drafts, a, growthVerb, clause);
                continue;
            }
            if (i == 0 || listVerb == null) {
                Matcher v = IndicatorNamer.KEEP_VERB.matcher(name);
                listVerb = v.find() ? v.group() : listVerb;
            }
            previousName = name;
            previousGrowth = growthVerb;
            drafts.add(draft(IndicatorCanonical.of(name), a, growthVerb, clause, tail));
        }
        if (shared != null && drafts.size() > first) {
            Bound last = drafts.get(drafts.size() - 1).bound;
            if (last == Bound.EXACT) {
                last = drafts.get(first).bound; // 比重分别超过2%、5%: the bound written before the list binds every item
            }
            for (int i = first; i < drafts.size(); i++) {
                if (drafts.get(i).bound == Bound.EXACT) {
                    drafts.get(i).bound = last;
                }
            }
        }
    }

    private TargetDraft draft(String name, Amount a, String growthVerb, String clause, String tail) {
        TargetDraft d = new TargetDraft();
        d.indicator = name;
        d.text = clause;
        if (growthVerb != null) {
            d.growth = DraftRules.signed(a.value(), growthVerb);
            d.valueMax = a.valueMax() == null ? null : DraftRules.signed(a.valueMax(), growthVerb);
        } else {
            d.value = a.value();
            d.valueMax = a.valueMax();
            d.unit = a.unit();
        }
        d.bound = a.bound() != null ? a.bound() : DraftRules.prefixBound(tail, striving);
        return d;
    }

    /** The noun after a counter (5个示范村) or at a place name; else the noun phrase before the number. */
    private static String name(String clause, Amount a, String seg, int nextStart) {
        String before = IndicatorNamer.before(seg);
        String after = IndicatorNamer.after(clause, a.end(), nextStart);
        if (!after.isEmpty() && (a.counter() || before.length() <= 2 || PLACE_END.matcher(before).find())) {
            return after;
        }
        if (!before.isEmpty()) {
            return before;
        }
        return after.isEmpty() ? null : after;
    }

    /** 36户99人脱贫: two quantities of one thing written back to back in different units share the noun after them. */
    private static boolean adjacentPair(Amount a, Amount next) {
        return a.end() == next.start() && !a.percent() && !next.percent() && !a.unit().equals(next.unit());
    }

    private static boolean noDelimiter(String clause, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = clause.charAt(i);
            if (c == '、' || c == ' ' || c == '和' || c == '及') {
                return false;
            }
        }
        return true;
    }
}
