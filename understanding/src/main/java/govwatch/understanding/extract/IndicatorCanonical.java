package govwatch.understanding.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical form of an indicator name, so the same indicator compares equal across versions and years however
 * the sentence was worded: leading action verbs and adverbs are stripped (完成/实现/新建/改造/打造/计划/力争/确保 …:
 * 改造农村公路 → 农村公路, 集中培育经营性收入 → 经营性收入), and a leading measure verb that defines what is counted
 * moves behind its object (出栏黄羊 → 黄羊出栏, 新植金银花 → 金银花种植), because 出栏 and 存栏 are different
 * indicators. 新增 stays (新增城镇就业 is the statistical name). A name that would become bare keeps its verb
 * (新建项目 stays, 项目 alone says nothing). A name in the {@link IndicatorVocabulary} becomes its canonical name
 * (生产总值 → 地区生产总值), so the same indicator joins across reports.
 */
final class IndicatorCanonical {

    private static final Pattern ACTION = Pattern.compile("^(?:(?:集中|全力|加快|积极|大力|着力|持续|稳步|进一步|按时按质|按时|"
            + "完成|完工|实现|新建|改造|打造|计划|力争|确保|建成|铺设|增容|新修|修建|改善提升|改善|提升|实施|推进|启动|培育|创建|落实|开展|"
            + "争取|引进|招引|储备|谋划|聚力|发展|硬化|拓宽|安装|整治|治理|修缮|维修|新改扩建|新改建|改扩建|改建|扩建|新开工|开工|续建|"
            + "建立|组建|扶持|带动)(?:和|及|、)?)+"); // 新建和改造高标准农田: verbs joined by 和 go together; 和美乡村 keeps its 和
    private static final Pattern MEASURE = Pattern.compile("^(出栏|存栏|种植|新植|栽植|播种)(.{2,})$");

    /** What is left of 新建项目 or 实施工程 says nothing alone; the verb then stays. */
    private static final java.util.Set<String> TOO_GENERIC = java.util.Set.of("项目", "工程", "任务");

    private IndicatorCanonical() {
    }

    static String of(String name) {
        if (name == null) {
            return null;
        }
        String known = IndicatorVocabulary.canonical(name);
        if (known != null) {
            return known;
        }
        String s = ACTION.matcher(name).replaceFirst("");
        known = IndicatorVocabulary.canonical(s);
        if (known != null) {
            return known;
        }
        Matcher m = MEASURE.matcher(s);
        if (m.matches() && IndicatorNamer.valid(m.group(2))) {
            String verb = m.group(1).equals("新植") || m.group(1).equals("栽植") ? "种植" : m.group(1);
            s = m.group(2) + verb;
        }
        return IndicatorNamer.valid(s) && !TOO_GENERIC.contains(s) ? s : name;
    }
}
