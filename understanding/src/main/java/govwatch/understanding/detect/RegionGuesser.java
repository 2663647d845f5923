package govwatch.understanding.detect;

import govwatch.understanding.clean.PageMetadata;
import govwatch.understanding.model.Level;
import govwatch.understanding.model.Region;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the region when the title does not name it: 我代表XX镇人民政府 and similar anchored mentions, then the most
 * frequent XX镇/乡/街道 name; and the parent region from site names, 来源 and county names in the text.
 */
final class RegionGuesser {

    private static final Pattern ANCHORED = Pattern.compile(
            "(?:代表|^)([\\u4e00-\\u9fa5]{2,12}?(?:镇|乡|苏木|街道办事处|街道|县|旗|区|市))(?:人民政府|政府|办事处)");
    private static final Pattern LOCAL_NAME = Pattern.compile("([\\u4e00-\\u9fa5]{2})(镇|乡|苏木|街道)");
    private static final Pattern COUNTY_NAME = Pattern.compile("([\\u4e00-\\u9fa5]{2})(县|旗)(?![委帜、级直域城区乡镇村政])");
    private static final String STOP_FIRST = "全本我各该城乡集强兴富稳立名小重古新在和与及对向的了是为把将从到个多两一二三四五六七八九十百千万外内此每所进贫示先试文生美特这那等及以区市省村";
    private static final int OPENING_LINES = 60;

    private RegionGuesser() {
    }

    static Region fromText(List<String> lines) {
        for (String line : lines) {
            if (line.length() > 2000) {
                continue;
            }
            Matcher m = ANCHORED.matcher(line);
            while (m.find()) {
                Region r = RegionNames.innermost(m.group(1));
                if (r != null && rank(r.level()) <= rank(Level.DISTRICT)) {
                    return r;
                }
            }
        }
        return mostFrequent(lines, LOCAL_NAME, OPENING_LINES * 4);
    }

    static Region fromHints(List<String> hints, Level above) {
        for (String h : hints) {
            Region r = RegionNames.innermost(h.replaceAll("(?:人民政府|政府|办公室|门户网站|网站)+.*$", ""));
            if (r != null && (above == null || rank(r.level()) > rank(above))) {
                return r;
            }
        }
        return null;
    }

    static Region parent(Region region, PageMetadata meta, List<String> lines) {
        if (rank(region.level()) >= rank(Level.COUNTY)) {
            return null;
        }
        String stem = region.name().replaceAll("(?:镇|乡|苏木|街道)$", "");
        for (String suffix : new String[] {"旗", "县", "市"}) {
            if (stem.length() >= 2 && mentions(lines, stem + suffix)) {
                return RegionNames.region(stem + suffix);
            }
        }
        Region county = mostFrequent(lines, COUNTY_NAME, Integer.MAX_VALUE);
        if (county != null && !county.name().equals(region.name())) {
            return county;
        }
        Region fromSource = meta.source() == null ? null : RegionNames.outer(meta.source().replaceAll("人民政府.*$", ""));
        if (fromSource != null) {
            return fromSource;
        }
        Region fromSite = fromHints(meta.siteHints(), region.level());
        return fromSite != null && rank(fromSite.level()) == rank(Level.COUNTY) && mentions(lines, fromSite.name()) ? fromSite : null;
    }

    private static boolean mentions(List<String> lines, String name) {
        for (String line : lines) {
            if (line.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static Region mostFrequent(List<String> lines, Pattern p, int maxLines) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestCount = 1;
        for (int i = 0; i < Math.min(maxLines, lines.size()); i++) {
            String line = lines.get(i);
            Matcher m = p.matcher(line.length() > 20_000 ? line.substring(0, 20_000) : line);
            while (m.find()) {
                String stem = m.group(1);
                if (STOP_FIRST.indexOf(stem.charAt(0)) >= 0 || "区市省村委会立强兴富稳治美".indexOf(stem.charAt(1)) >= 0) {
                    continue;
                }
                String name = stem + m.group(2);
                int c = counts.merge(name, 1, Integer::sum);
                if (c > bestCount) {
                    best = name;
                    bestCount = c;
                }
            }
        }
        return best == null ? null : RegionNames.region(best);
    }

    static int rank(Level level) {
        return switch (level) {
            case TOWNSHIP, SUBDISTRICT -> 0;
            case COUNTY, DISTRICT -> 1;
            case CITY -> 2;
            case PROVINCE -> 3;
            case NATIONAL -> 4;
        };
    }
}
