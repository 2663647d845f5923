package govwatch.understanding.detect;

import govwatch.places.Divisions;
import govwatch.understanding.model.Region;
import govwatch.understanding.text.Cjk;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last resort for a region name: the local name (XX镇/乡/苏木/街道, XX县/旗) written most often in the text.
 * Running text glues names to function words (旗政府和镇党委 → "府和镇", 全镇, 乡镇), so a candidate whose stem holds
 * a function or organ character is rejected as a fragment, and a stem is tried at 2 to 6 characters: the true name is
 * the longest stem that keeps the top count (青水东镇 beats 水东镇 at equal counts, while "推动青水东" loses because
 * the character before a name varies). An official name (the division list) is never a fragment: 和平镇 and 永和镇 hold
 * 和 and are real, while 推进乡 (cut from 推进乡村振兴) is in no list. Bounded: at most 5 candidates per suffix occurrence.
 */
final class RegionFrequency {

    /** Characters that never occur inside a place-name stem but do glue onto one in running text. */
    private static final String FRAGMENT_CHARS = "府委党政会议表和与及或的了在对向为把被将从到是等各全本我该其此每这那个们级镇乡街";
    private static final int MIN_STEM = 2;
    private static final int MAX_STEM = 6;

    private RegionFrequency() {
    }

    /** The most frequent plausible name with one of {@code suffixes} in the first {@code maxLines} lines, or null. */
    static Region mostFrequent(List<String> lines, Pattern suffixes, int maxLines) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.min(maxLines, lines.size()); i++) {
            String line = lines.get(i);
            Matcher m = suffixes.matcher(line.length() > 20_000 ? line.substring(0, 20_000) : line);
            while (m.find()) {
                for (int len = MIN_STEM; len <= MAX_STEM && m.start() - len >= 0; len++) {
                    String stem = line.substring(m.start() - len, m.start());
                    String name = stem + m.group();
                    if (!plausibleStem(stem) && !Divisions.official().isListed(name)) {
                        break;
                    }
                    counts.merge(name, 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestCount = 1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int c = e.getValue();
            if (c > bestCount || c == bestCount && best != null && (e.getKey().length() > best.length()
                    || e.getKey().length() == best.length() && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestCount = c;
            }
        }
        return best == null ? null : RegionNames.region(best);
    }

    /**
     * Whether a stem could be (the end of) a place name: CJK only, and no function, organ or level character (a
     * stem holding 镇/乡/县 is a chain or a generic word such as 乡镇; one holding 府/委/和 is glued running text).
     */
    static boolean plausibleStem(String stem) {
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (!Cjk.isIdeograph(c) || FRAGMENT_CHARS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Cuts running text off the left of a name matched with a lazy pattern: 镇党委和青水东镇 → 青水东镇 (the stem keeps
     * only what follows its last fragment character). Null when fewer than two stem characters remain.
     */
    static String trimToName(String name, int suffixLength) {
        String stem = name.substring(0, name.length() - suffixLength);
        int from = stem.length();
        while (from > 0 && plausibleStem(stem.substring(from - 1, from))) {
            from--;
        }
        return stem.length() - from < 2 ? null : stem.substring(from) + name.substring(stem.length());
    }
}
