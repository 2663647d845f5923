package govwatch.understanding.detect;

import govwatch.places.Divisions;
import govwatch.understanding.clean.PageMetadata;
import govwatch.understanding.model.Level;
import govwatch.understanding.model.Region;
import govwatch.understanding.text.Cjk;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the region when the title and the meeting line do not name it. A region name is a proper noun in a naming
 * position, so those are tried first: 我代表XX镇人民政府, XX镇人民政府 opening a line (a signature or 来源), XX镇第N届人民
 * 代表大会 / XX镇人民代表大会. Counting names over running text is the last resort ({@link RegionFrequency}), because
 * running text glues words into false names (旗政府和镇党委 → 府和镇). Also finds the parent region from site names,
 * 来源 and county names in the text.
 */
final class RegionGuesser {

    private static final String NAME = "(" + Cjk.IDEOGRAPH + "{2,12}?(?:镇|乡|苏木|街道办事处|街道|县|旗|区|市))";
    private static final String NUM = "[〇零一二三四五六七八九十百\\d]{1,4}";
    /** Naming positions, each anchored on its left (代表, line start, 在, punctuation) so a lazy name cannot swallow text. */
    private static final Pattern NAMING = Pattern.compile("(?:代表|^|在|[\\s，,。：:、“（(])" + NAME
            + "(?:人民政府|政府|办事处|第" + NUM + "届(?:人民代表大会|代表大会|人大)|人民代表大会|人大)");
    private static final Pattern LOCAL_SUFFIX = Pattern.compile("镇|乡|苏木|街道");
    private static final Pattern COUNTY_SUFFIX = Pattern.compile("(?:县|旗)(?![委帜、级直域城区乡镇村政])");
    private static final int OPENING_LINES = 60;
    private static final int MAX_LINE = 2000;

    private RegionGuesser() {
    }

    /** The region named in a naming position of the text, or null. */
    static Region fromNamingPositions(List<String> lines) {
        for (String line : lines) {
            if (line.length() > MAX_LINE) {
                continue;
            }
            Matcher m = NAMING.matcher(line);
            while (m.find()) {
                Region r = RegionNames.innermost(m.group(1));
                String name = r == null ? null : trimToName(r.name());
                r = name == null ? null : RegionNames.region(name);
                if (r != null && rank(r.level()) <= rank(Level.DISTRICT)) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * The name left once running text is cut off its left ({@link RegionFrequency#trimToName}), unless a longer ending
     * of it is an official name: 代表和平镇人民政府 is 和平镇 although 和 usually glues text onto a name.
     */
    private static String trimToName(String written) {
        String trimmed = RegionFrequency.trimToName(written, suffixLength(written));
        for (int from = 0; from + 3 <= written.length(); from++) {
            String ending = written.substring(from);
            if (trimmed != null && ending.length() <= trimmed.length()) {
                break;
            }
            if (Divisions.official().isListed(ending)) {
                return ending;
            }
        }
        return trimmed;
    }

    private static int suffixLength(String name) {
        return name.endsWith("街道") || name.endsWith("苏木") ? 2 : 1;
    }

    /** The last resort: the local name written most often near the top, fragments rejected; or null. */
    static Region byFrequency(List<String> lines) {
        return RegionFrequency.mostFrequent(lines, LOCAL_SUFFIX, OPENING_LINES * 4);
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
        Region county = RegionFrequency.mostFrequent(lines, COUNTY_SUFFIX, Integer.MAX_VALUE);
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
