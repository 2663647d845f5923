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

    static List<String> expand(String name) {
        String[] parts = name.split("[和、及与]");
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
