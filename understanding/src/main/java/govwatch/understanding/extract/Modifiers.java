package govwatch.understanding.extract;

import govwatch.understanding.model.Bound;
import govwatch.understanding.text.Cjk;
import java.util.regex.Pattern;

/**
 * Amounts that describe a noun instead of setting a target, each rule stated by what the figure means:
 * <ul>
 *   <li>the size of a list just named (稻米、油料…和林下经济7个千亿级产业);</li>
 *   <li>a threshold naming a class of things (年运量150万吨以上的物流园区, 10万千瓦及以下燃煤机组);</li>
 *   <li>the capacity in the names of a list of projects (加快7万吨锌基合金等项目建设); a project's own size stays a
 *       target (完成14800亩农网改造项目);</li>
 *   <li>a measure inside the noun phrase of a ratio that follows (公交与轨道50米内换乘比例提升至93%): the target is the
 *       ratio, and its name keeps the measure.</li>
 * </ul>
 */
final class Modifiers {

    /** 稻米、油料…和林下经济7个千亿级产业: the count of a list just named, not a target. */
    private static final Pattern LIST_CATEGORY = Pattern.compile("^" + Cjk.IDEOGRAPH + "{0,6}(?:产业|行业|领域|品种|品牌|板块)");
    private static final Pattern PROJECT = Pattern.compile("^" + Cjk.IDEOGRAPH + "{1,10}?等项目");
    private static final Pattern RATIO_VERB = Pattern.compile("(?:比例|比重|率)(?:提升至|提升到|提高到|提高至|达到|降至|降低到)$");
    private static final int LOOK = 16;

    private Modifiers() {
    }

    static boolean describesNoun(String clause, String seg, Amount a, Amount next) {
        String after = clause.substring(a.end(), Math.min(clause.length(), a.end() + LOOK));
        if (a.counter() && seg.indexOf('、') >= 0 && seg.indexOf('、') != seg.lastIndexOf('、')
                && LIST_CATEGORY.matcher(after).find()) {
            return true;
        }
        boolean bounded = a.bound() == Bound.AT_LEAST || a.bound() == Bound.AT_MOST;
        if (after.startsWith("及以下") || after.startsWith("及以上") || bounded && !a.percent() && after.startsWith("的")) {
            return true;
        }
        if (!a.counter() && !a.percent() && PROJECT.matcher(after).find()) {
            return true;
        }
        if (next != null && next.percent() && !a.percent() && a.end() < next.start()) {
            String between = clause.substring(a.end(), next.start());
            return Cjk.isIdeograph(between.charAt(0)) && noDelimiter(between) && RATIO_VERB.matcher(between).find();
        }
        return false;
    }

    private static boolean noDelimiter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '、' || c == ' ' || c == '和' || c == '及' || c == '，') {
                return false;
            }
        }
        return true;
    }
}
