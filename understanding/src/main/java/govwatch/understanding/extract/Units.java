package govwatch.understanding.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The units a target value may carry, longest first, and their normalization to base units:
 * 万元/亿元 → 元, 万亩 → 亩, 万人 → 人, 万头/万只 → 头/只 …; % stays %.
 */
public final class Units {

    /** Base units, longest first so 平方米 wins over 米 (头只: head of livestock, cattle and sheep counted together). */
    static final List<String> BASE = List.of(
            "微克/立方米", "毫克/立方米", "个百分点", "标准箱", "吨标准煤", "千瓦时", "平方米", "立方米", "平方公里", "百分点",
            "人次", "户次", "场次", "批次", "班次", "架次", "公里", "公顷", "千米", "千瓦", "兆瓦", "标箱", "兆",
            "头只", "元", "亩", "斤", "人", "户", "头", "只", "羽", "吨", "米", "个", "家", "所", "座", "台", "套", "处", "条", "项", "栋",
            "间", "辆", "口", "眼", "株", "棵", "件", "场", "批", "名", "位", "床", "张", "盏", "支", "艘", "架", "宗", "篇", "期",
            "%", "‰");

    /** Units after which a following noun names what is counted (5个示范村). */
    static final String COUNTERS = "个家所座处条项栋间辆口眼件场批支艘架宗篇期套名";

    /**
     * Base units worked out before: every target's unit is looked up when it is extracted, compared and normalized,
     * and a lookup tries up to 70 endings. Units are few (a few hundred in the corpus), so the map stays small; it
     * stops growing at {@value #MAX_SEEN} whatever a page makes of a unit.
     */
    private static final Map<String, String> BASES_SEEN = new ConcurrentHashMap<>();
    private static final int MAX_SEEN = 10_000;

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private Units() {
    }

    /** Length of the base unit starting at {@code pos}, or 0. */
    static int baseUnitAt(String s, int pos) {
        for (String u : BASE) {
            if (s.startsWith(u, pos)) {
                return u.length();
            }
        }
        return 0;
    }

    /** The multiplier of a unit prefix (万, 亿, 千, 百万, 万亿, 千万), or null when the text is no prefix. */
    static BigDecimal multiplier(String prefix) {
        return switch (prefix) {
            case "" -> BigDecimal.ONE;
            case "万" -> WAN;
            case "亿" -> YI;
            case "千" -> BigDecimal.valueOf(1000);
            case "百万" -> BigDecimal.valueOf(1_000_000);
            case "千万" -> BigDecimal.valueOf(10_000_000);
            case "万亿" -> WAN.multiply(YI);
            default -> null;
        };
    }

    /** The factor from a written unit (e.g. 万元) to its base unit (元); a compound unit (万元/人) by its numerator. */
    public static BigDecimal factor(String unit) {
        if (unit == null) {
            return BigDecimal.ONE;
        }
        int slash = compoundSlash(unit);
        if (slash > 0) {
            return factor(unit.substring(0, slash));
        }
        String base = base(unit);
        BigDecimal m = multiplier(unit.substring(0, unit.length() - base.length()));
        return m == null ? BigDecimal.ONE : m;
    }

    /** The base unit of a written unit: 万元 → 元, 万亩 → 亩, 亿元 → 元, 万元/人 → 元/人; 千瓦, 千米 and 微克/立方米 stay. */
    public static String base(String unit) {
        if (unit == null) {
            return null;
        }
        String known = BASES_SEEN.get(unit);
        if (known != null) {
            return known;
        }
        String b = baseOf(unit);
        if (BASES_SEEN.size() < MAX_SEEN) {
            BASES_SEEN.put(unit, b);
        }
        return b;
    }

    private static String baseOf(String unit) {
        int slash = compoundSlash(unit);
        if (slash > 0) {
            return base(unit.substring(0, slash)) + unit.substring(slash);
        }
        for (String b : BASE) {
            if (unit.endsWith(b) && multiplier(unit.substring(0, unit.length() - b.length())) != null) {
                return b;
            }
        }
        return unit;
    }

    /** Where a compound unit (万元/人, 人/百亿元) divides, or -1 for a simple unit (微克/立方米 is one unit). */
    private static int compoundSlash(String unit) {
        int slash = unit.indexOf('/');
        return slash > 0 && !unit.endsWith("克/立方米") ? slash : -1;
    }

    /** value × factor in plain (non-exponent) form. */
    public static BigDecimal normalize(BigDecimal value, String unit) {
        if (value == null) {
            return null;
        }
        BigDecimal n = value.multiply(factor(unit)).stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }
}
