package govwatch.understanding.detect;

import govwatch.understanding.model.Level;
import govwatch.understanding.model.Region;
import govwatch.understanding.text.Cjk;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Region names: the level from the suffix, and splitting a written chain such as 奈曼旗东明镇 into its parts. */
public final class RegionNames {

    static final String SUFFIX = "(?:特别行政区|自治区|自治州|自治县|自治旗|街道办事处|街道|苏木|省|市|县|旗|区|镇|乡|盟|州)";
    private static final Pattern PART = Pattern.compile(Cjk.IDEOGRAPH + "{1,10}?" + SUFFIX);
    private static final Pattern WHOLE_SUFFIX = Pattern.compile(SUFFIX);
    private static final Pattern LEADING_NOISE = Pattern.compile("^(?:关于|中共|\\d{4}年度?|[\\s\\p{Punct}“”《》（）()、，,:：]+)+");
    private static final Set<String> GENERIC = Set.of("全镇", "本镇", "我镇", "该镇", "各镇", "乡镇", "城镇", "集镇", "小镇", "全乡", "本乡",
            "我乡", "各乡", "城乡", "全县", "本县", "我县", "全旗", "本旗", "我旗", "全区", "本区", "我区", "辖区", "社区", "园区", "景区",
            "镇区", "城区", "山区", "街区", "片区", "全市", "本市", "我市", "全省", "本省", "我省", "各级", "市县", "县区", "省市", "县市",
            "旗区", "地区", "全街道", "本街道", "我街道", "名镇", "强镇", "重镇", "古镇", "新区", "老区", "牧区", "矿区", "灾区", "校区",
            "湾区", "苏区", "市区", "郊区", "经济区", "开发区", "示范区", "功能区", "自治区");

    private RegionNames() {
    }

    /** The level a name's suffix implies, or null. */
    public static Level levelOf(String name) {
        if (name == null || name.length() < 2) {
            return null;
        }
        if (name.endsWith("街道") || name.endsWith("街道办事处")) {
            return Level.SUBDISTRICT;
        }
        if (name.endsWith("镇") || name.endsWith("乡") || name.endsWith("苏木")) {
            return Level.TOWNSHIP;
        }
        if (name.endsWith("县") || name.endsWith("旗")) {
            return Level.COUNTY;
        }
        if (name.endsWith("自治区") || name.endsWith("省") || name.endsWith("特别行政区") || MUNICIPALITIES.contains(name)) {
            return Level.PROVINCE;
        }
        if (name.endsWith("区")) {
            return Level.DISTRICT;
        }
        if (name.endsWith("市") || name.endsWith("州") || name.endsWith("盟")) {
            return Level.CITY;
        }
        return null;
    }

    /** The four municipalities directly under the central government are province-level units. */
    private static final java.util.Set<String> MUNICIPALITIES = java.util.Set.of("北京市", "上海市", "天津市", "重庆市");

    /** A region for a single name, or null when the name is generic (全镇, 城乡 …) or has no known suffix. */
    public static Region region(String name) {
        if (name == null) {
            return null;
        }
        String n = name.endsWith("街道办事处") ? name.substring(0, name.length() - 3) : name;
        Level level = levelOf(n);
        if (level == null || GENERIC.contains(n) || n.length() > 12) {
            return null;
        }
        return new Region(n, level);
    }

    /**
     * Splits text ending in a region chain into regions, outermost first: "2024年奈曼旗东明镇" → [奈曼旗, 东明镇].
     * Only parts that run contiguously up to the end of the text count. Empty when the text does not end in one.
     */
    public static List<Region> chain(String text) {
        List<Region> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String t = LEADING_NOISE.matcher(text.strip()).replaceFirst("");
        if (t.length() > 40) {
            t = t.substring(t.length() - 40);
        }
        Matcher m = PART.matcher(t);
        int expected = -1;
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            if (expected >= 0 && m.start() != expected) {
                parts.clear();
            }
            parts.add(m.group());
            expected = m.end();
        }
        String rest = expected < 0 ? "" : t.substring(expected);
        if (!parts.isEmpty() && !rest.isEmpty() && WHOLE_SUFFIX.matcher(rest).matches()) {
            // a name holding a suffix character (红旗镇 split as 红旗 + 镇): the trailing suffix belongs to the last part
            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + rest);
            expected = t.length();
        }
        if (expected != t.length()) {
            return out;
        }
        for (String p : parts) {
            Region r = region(p);
            if (r == null) {
                out.clear();
                continue;
            }
            out.add(r);
        }
        return out;
    }

    /** The innermost region of a chain, or null. */
    public static Region innermost(String text) {
        List<Region> c = chain(text);
        return c.isEmpty() ? null : c.get(c.size() - 1);
    }

    /** The region just outside the innermost one in a chain, or null. */
    public static Region outer(String text) {
        List<Region> c = chain(text);
        return c.size() < 2 ? null : c.get(c.size() - 2);
    }
}
