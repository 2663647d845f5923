package govwatch.understanding.extract;

import govwatch.understanding.model.Bound;
import govwatch.understanding.text.Cjk;

/**
 * Counts of things above a threshold: 集中培育经营性收入达到50万元以上嘎查村4个. The target is the count (4个), and
 * what is counted is "经营性收入50万元以上的嘎查村"; the threshold (50万元) is no target of its own. A following
 * clause that leaves the subject out (达到100万元以上嘎查村2个) takes the subject of the previous one.
 */
final class Thresholds {

    private static final int MAX_NOUN = 8;

    private Thresholds() {
    }

    /** Whether {@code a} is a bounded threshold directly followed by a short noun and the count {@code next}. */
    static boolean isThreshold(String clause, Amount a, Amount next) {
        if (a.counter() || a.percent() || !next.counter() || a.bound() != Bound.AT_LEAST && a.bound() != Bound.AT_MOST) {
            return false;
        }
        String noun = noun(clause, a, next);
        if (noun.length() < 1 || noun.length() > MAX_NOUN) {
            return false;
        }
        for (int i = 0; i < noun.length(); i++) {
            if (!Cjk.isIdeograph(noun.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "经营性收入50万元以上的嘎查村"; without a subject "50万元以上的嘎查村". */
    static String name(String subject, String clause, Amount a, Amount next) {
        String threshold = clause.substring(a.start(), a.end());
        return (subject == null ? "" : subject) + threshold + "的" + noun(clause, a, next);
    }

    private static String noun(String clause, Amount a, Amount next) {
        String n = clause.substring(a.end(), next.start()).strip();
        return n.startsWith("的") ? n.substring(1) : n;
    }
}
