package govwatch.understanding.extract;

import govwatch.understanding.model.Bound;
import govwatch.understanding.model.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the quantitative targets of a report's plan part. Works sentence by sentence (split on 。；;！？ and
 * line ends) and clause by clause (，,:：) with bounded patterns, so it stays linear on any input. Each amount
 * ({@link AmountScanner}) gets an indicator ({@link IndicatorNamer}), a growth rate when a growth verb precedes a
 * percentage, and a bound. Handles shared-indicator lists (城镇和农村居民人均可支配收入分别增长6%、9%以上), verb lists
 * (新植金银花500亩、核桃1000亩) and 增长X%，达到Y in either order. Amounts without a nameable indicator are skipped.
 */
public final class TargetExtractor {

    private static final Pattern SENTENCE = Pattern.compile("[。；;！？!?]");
    private static final Pattern CLAUSE = Pattern.compile("[，,:：]");
    private static final Pattern PAST = Pattern.compile("去年|过去|已完成|已经|已达到|已实现|上年度完成");
    private static final Pattern GROWTH_TAIL = Pattern.compile(
            "(增长|增加|提高|提升|上升|递增|增速|增幅|下降|降低|减少|缩减)率?(?:达到|为|在|保持在|超过|不低于|控制在)?$");
    private static final Pattern AT_MOST = Pattern.compile("控制在|不超过|不高于|低于|少于");
    private static final Pattern AT_LEAST = Pattern.compile("不低于|不少于|突破|超过|超出|至少|高于|超$");
    private static final Pattern ABOUT = Pattern.compile("约|大约");
    private static final Pattern PLACE_END = Pattern.compile("(?:村|屯|嘎查|社区|组|镇|乡|街道)$");
    private static final int MAX_SENTENCE = 2000;
    private static final int TAIL = 14;

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

    private List<TargetDraft> sentence(String sentence) {
        List<TargetDraft> drafts = new ArrayList<>();
        boolean striving = false;
        for (String raw : CLAUSE.split(sentence)) {
            String clause = ChineseValues.rewrite(raw.strip());
            if (clause.isEmpty() || PAST.matcher(clause).find()) {
                continue;
            }
            striving |= clause(clause, drafts, striving);
        }
        return drafts;
    }

    /** Processes one clause; returns whether 力争 occurs in it. */
    private boolean clause(String clause, List<TargetDraft> drafts, boolean striving) {
        List<Amount> amounts = AmountScanner.scan(clause);
        int prevEnd = 0;
        String listVerb = null;
        String previousName = null;
        String previousGrowth = null;
        List<String> shared = null;
        int sharedFrom = -1;
        int first = drafts.size();
        for (int i = 0; i < amounts.size(); i++) {
            Amount a = amounts.get(i);
            String seg = clause.substring(prevEnd, a.start());
            int nextStart = i + 1 < amounts.size() ? amounts.get(i + 1).start() : clause.length();
            prevEnd = a.end();
            striving |= seg.contains("力争");
            String tail = seg.length() > TAIL ? seg.substring(seg.length() - TAIL) : seg;
            Matcher g = GROWTH_TAIL.matcher(tail);
            String growthVerb = a.percent() && g.find() ? g.group(1) : null;
            String nameSeg = growthVerb != null ? seg.substring(0, seg.length() - tail.length() + g.start()) : seg;
            if (growthVerb == null && a.percent() && i > 0 && previousGrowth != null
                    && seg.replace("、", "").replace("和", "").isBlank()) {
                growthVerb = previousGrowth;
            }
            boolean growth = growthVerb != null;
            boolean listItem = i > 0 && (nameSeg.isBlank() || nameSeg.startsWith("、") || nameSeg.equals("和") || nameSeg.equals("及"));
            String name;
            if (shared != null && i - sharedFrom < shared.size() && nameSeg.replace("、", "").isBlank()) {
                name = shared.get(i - sharedFrom);
            } else if (listItem && nameSeg.replace("、", "").isBlank()) {
                name = previousName;
            } else {
                if (a.counter() && i + 1 < amounts.size() && noDelimiter(clause, a.end(), nextStart)) {
                    continue;
                }
                name = name(clause, a, nameSeg, nextStart);
                if (name != null && listItem && listVerb != null && !IndicatorNamer.KEEP_VERB.matcher(name).find()) {
                    name = listVerb + name;
                }
                if (name != null && seg.contains("分别") && (name.contains("和") || name.contains("、") || name.contains("及"))) {
                    shared = SharedIndicators.expand(name);
                    sharedFrom = i;
                    name = shared.get(0);
                }
            }
            if (name == null || name.isEmpty()) {
                attach(drafts, a, growthVerb, clause);
                continue;
            }
            if (i == 0 || listVerb == null) {
                Matcher v = IndicatorNamer.KEEP_VERB.matcher(name);
                listVerb = v.find() ? v.group() : listVerb;
            }
            previousName = name;
            previousGrowth = growthVerb;
            TargetDraft d = new TargetDraft();
            d.indicator = name;
            d.text = clause;
            if (growth) {
                d.growth = signed(a.value(), growthVerb);
                d.valueMax = a.valueMax() == null ? null : signed(a.valueMax(), growthVerb);
                d.bound = a.bound();
            } else {
                d.value = a.value();
                d.valueMax = a.valueMax();
                d.unit = a.unit();
                d.bound = a.bound();
            }
            if (d.bound == null) {
                d.bound = prefixBound(tail, striving);
            }
            drafts.add(d);
        }
        if (shared != null && drafts.size() > first) {
            Bound last = drafts.get(drafts.size() - 1).bound;
            for (int i = first; i < drafts.size(); i++) {
                if (drafts.get(i).bound == Bound.EXACT) {
                    drafts.get(i).bound = last;
                }
            }
        }
        return striving;
    }

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

    /** An amount with no indicator of its own completes the previous target of the sentence (增长8%，达到50亿元). */
    private static void attach(List<TargetDraft> drafts, Amount a, String growthVerb, String clause) {
        boolean growth = growthVerb != null;
        if (drafts.isEmpty()) {
            return;
        }
        TargetDraft last = drafts.get(drafts.size() - 1);
        if (growth && last.growth == null) {
            last.growth = signed(a.value(), growthVerb);
            if (a.bound() != null && (last.bound == null || last.bound == Bound.EXACT)) {
                last.bound = a.bound();
            }
            last.text = last.text + "，" + clause;
        } else if (!growth && !a.percent() && last.value == null) {
            last.value = a.value();
            last.valueMax = a.valueMax();
            last.unit = a.unit();
            if (a.bound() != null) {
                last.bound = a.bound();
            }
            last.text = last.text + "，" + clause;
        }
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

    private static BigDecimal signed(BigDecimal v, String verb) {
        return verb.equals("下降") || verb.equals("降低") || verb.equals("减少") || verb.equals("缩减") ? v.negate() : v;
    }

    private static Bound prefixBound(String tail, boolean striving) {
        String near = tail.length() > 6 ? tail.substring(tail.length() - 6) : tail;
        if (AT_MOST.matcher(near).find()) {
            return Bound.AT_MOST;
        }
        if (AT_LEAST.matcher(near).find()) {
            return Bound.AT_LEAST;
        }
        if (ABOUT.matcher(near).find()) {
            return Bound.ABOUT;
        }
        return striving ? Bound.AT_LEAST : Bound.EXACT;
    }
}
