package govwatch.understanding.extract;

import govwatch.understanding.text.Cjk;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the indicator of an amount from the words around it: the noun phrase before the number
 * (一般公共预算收入 in 完成一般公共预算收入6829.11万元) with target verbs, time words and bound words stripped, or the
 * noun after it (高标准农田 in 完成0.31万亩高标准农田建设工程; 示范村 in 新建3个示范村). Bounded work per call.
 */
final class IndicatorNamer {

    static final int MAX_NAME = 28;
    private static final Pattern QUOTES = Pattern.compile("[“”‘’\"'《》〈〉「」『』]");
    private static final Pattern STRONG_VERBS = Pattern.compile(
            "实现|完成|达成|达到|确保|力争|争取|计划|预计|力求|突破|超过|控制在|保持在|稳定在|不低于|不少于|不超过|年内|今年|全年");
    private static final Pattern YEARS = Pattern.compile("(?:到|至|在|于)?\\d{4}年(?:底|末|前)?|\\d{1,2}月(?:底|末)?前?");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:今年|明年|全年|年内|年底前|年底|其中|力争|确保|争取|努力|计划|预计|拟|全力|力求|实现|完成|达成|推动|推进|加快|持续|进一步|"
                    + "全镇|全乡|全县|全旗|全区|全市|我镇|全面|使|让|将|要|并|和|及|与|同时|聚力|打造|启动|实施|用好|支持|积极|大力|着力|"
                    + "继续|上半年|下半年|基本|可(?!再生)|[一二三四五六七八九十]{1,2}是|用好用精|用好|用足|用活|(?:经济社会发展的)?(?:主要)?(?:预期)?目标(?:是|为)?|[、，,:：\\s])+");
    /** Verbs, bounds and joiners that end a phrase before an amount but are not part of the indicator's name. */
    private static final TrailingWords TRAILING = new TrailingWords(List.of(
            "达到", "达", "完成", "实现", "突破", "超过", "保持在", "稳定在", "控制在", "不低于", "不少于", "不超过", "低于", "高于",
            "至少", "为", "预计", "同比", "分别", "比上年", "较上年", "累计", "要", "在", "力争", "确保", "争取", "年均", "均", "全部",
            "都", "以上", "左右", "约", "总计", "共计", "共", "超", "等", "提高到", "提升至", "提高至", "增加到", "的", "和", "及", "与",
            "、", "，", ",", " ", "\t", "\n", "\u000B", "\f", "\r"));
    /** Last characters of a modifier that needs the noun after it (重点, 疏堵, 提升, 复明, 改造 …). */
    private static final String MODIFIER_END = "点堵升明造理治修化";
    private static final Pattern AFTER_TRAILING = Pattern.compile("(?:建设工程|工程|项目|建设|任务|目标|工作|行动|的)+$");
    static final Pattern KEEP_VERB = Pattern.compile("^(?:新植|新建|新增|出栏|存栏|铺设|改造|种植|增容|培育|创建|发展|新修|建成|新培育)");
    private static final Set<String> BARE = Set.of("养殖", "支持", "新建", "完成", "实现", "建设", "种植", "占比", "比重", "其中", "同比",
            "年均", "全镇", "累计", "总计", "共计", "目标", "任务", "新增", "改造", "铺设", "培育", "发展", "解决", "提供", "发放", "投入",
            "达到", "增长", "全年", "今年", "年内", "整改", "推进", "确保", "力争", "争取", "工作");

    private IndicatorNamer() {
    }

    /** The indicator from the text before an amount, or "" when nothing nameable is there. */
    static String before(String segment) {
        String s = QUOTES.matcher(segment).replaceAll("");
        if (s.length() > 60) {
            s = s.substring(s.length() - 60);
        }
        String best = "";
        for (String piece : STRONG_VERBS.split(s, -1)) {
            String c = tidy(piece);
            if (valid(c)) {
                best = c;
            }
        }
        int deng = best.lastIndexOf('等');
        if (deng > 0 && best.length() - deng - 1 >= 3) {
            best = best.substring(deng + 1);
        }
        if (best.length() > MAX_NAME) {
            best = best.substring(best.length() - MAX_NAME);
        }
        return best;
    }

    /** The noun right after an amount (up to the next delimiter or number), or "". */
    static String after(String clause, int from, int to) {
        int limit = Math.min(to, from + 18);
        while (from < limit && clause.charAt(from) == '的') {
            from++; // 60%以上的县级特困供养机构: the noun starts after 的
        }
        int end = from;
        while (end < limit) {
            char c = clause.charAt(end);
            if (!Cjk.isIdeograph(c) && c != '“' && c != '”' || c == '、' || c == '的' && end > from) {
                break;
            }
            end++;
        }
        String s = QUOTES.matcher(clause.substring(from, end)).replaceAll("");
        String whole = TRAILING.strip(s);
        String bare = AFTER_TRAILING.matcher(s).replaceFirst("");
        // 省重点项目, 疏堵工程: a bare 项目/工程 after a modifier is the noun itself (高标准农田建设工程 → 高标准农田)
        if (!bare.isEmpty() && MODIFIER_END.indexOf(bare.charAt(bare.length() - 1)) >= 0
                && (s.equals(bare + "项目") || s.equals(bare + "工程"))) {
            bare = s;
        }
        s = TRAILING.strip(bare);
        return valid(s) ? s : valid(whole) ? whole : "";
    }

    static String tidy(String piece) {
        String c = withoutLeading(YEARS.matcher(piece).replaceAll(""));
        return withoutLeading(TRAILING.strip(c)).strip();
    }

    /** {@code s} without its leading run of {@link #LEADING} words; anchored, so tried at the start only. */
    private static String withoutLeading(String s) {
        Matcher m = LEADING.matcher(s);
        return m.lookingAt() ? s.substring(m.end()) : s;
    }

    static boolean valid(String name) {
        if (name == null || name.length() < 2 || BARE.contains(name)) {
            return false;
        }
        int cjk = 0;
        for (int i = 0; i < name.length(); i++) {
            if (Cjk.isIdeograph(name.charAt(i))) {
                cjk++;
            }
        }
        return cjk >= 2;
    }
}
