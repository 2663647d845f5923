package govwatch.understanding.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands a shared-indicator list: 城镇和农村居民人均可支配收入 → [城镇居民人均可支配收入, 农村居民人均可支配收入];
 * 粮食、油料产量 → [粮食产量, 油料产量]. Each short leading item takes the head of the last item, replacing as many
 * leading characters of it as the item is long (parallel prefixes).
 */
final class SharedIndicators {

    private SharedIndicators() {
    }

    /** Generic heads shared by items of different lengths: 原煤、原油、天然气产量 → 原煤产量, 原油产量, 天然气产量. */
    private static final java.util.regex.Pattern HEAD = java.util.regex.Pattern.compile("(?:产量|产值|增加值|产业规模|播种面积|种植面积|面积)$");

    static List<String> expand(String name) {
        if (name.startsWith("城乡") && name.length() > 3) {
            return List.of("城镇" + name.substring(2), "农村" + name.substring(2)); // 城乡居民…分别 = 城镇居民…, 农村居民…
        }
        String[] parts = name.replace("及相关", "\u0001").split("[和、及与]"); // 文化及相关产业 is one item
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].replace("\u0001", "及相关");
        }
        java.util.regex.Matcher head = HEAD.matcher(parts[parts.length - 1]);
        if (head.find() && parts.length > 1) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < parts.length - 1; i++) {
                if (!parts[i].isEmpty()) {
                    out.add(parts[i].endsWith(head.group()) ? parts[i] : parts[i] + head.group());
                }
            }
            out.add(parts[parts.length - 1]);
            return out;
        }
        List<String> out = new ArrayList<>();
        String last = parts[parts.length - 1];
        for (int i = 0; i < parts.length - 1; i++) {
            String p = parts[i];
            if (p.isEmpty()) {
                continue;
            }
            if (p.length() < last.length() - 1) {
                out.add(p + last.substring(p.length()));
            } else {
                out.add(p);
            }
        }
        out.add(last);
        return out;
    }
}
