package govwatch.understanding.extract;

import govwatch.understanding.model.Bound;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** How a draft target takes its bound, its growth sign, and an unnamed amount that completes it. */
final class DraftRules {

    private static final Pattern AT_MOST = Pattern.compile("控制在|不超过|不高于|(?<!不)低于|(?<!不)少于");
    private static final Pattern AT_LEAST = Pattern.compile("不低于|不少于|突破|超过|超出|至少|高于|超$");
    private static final Pattern ABOUT = Pattern.compile("约|大约");

    private DraftRules() {
    }

    /** An amount with no indicator of its own completes the previous target of the sentence (增长8%，达到50亿元). */
    static void attach(List<TargetDraft> drafts, Amount a, String growthVerb, String clause) {
        if (drafts.isEmpty()) {
            return;
        }
        TargetDraft last = drafts.get(drafts.size() - 1);
        if (growthVerb != null && last.growth == null) {
            last.growth = signed(a.value(), growthVerb);
            if (a.bound() != null && (last.bound == null || last.bound == Bound.EXACT)) {
                last.bound = a.bound();
            }
            last.text = last.text + "，" + clause;
        } else if (growthVerb == null && !a.percent() && last.value == null) {
            last.value = a.value();
            last.valueMax = a.valueMax();
            last.unit = a.unit();
            if (a.bound() != null) {
                last.bound = a.bound();
            }
            last.text = last.text + "，" + clause;
        }
    }

    static BigDecimal signed(BigDecimal v, String verb) {
        return verb.equals("下降") || verb.equals("降低") || verb.equals("减少") || verb.equals("缩减") ? v.negate() : v;
    }

    /** The bound written before the number (控制在, 不低于, 约), else AT_LEAST under 力争, else EXACT. */
    static Bound prefixBound(String tail, boolean striving) {
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
