package govwatch.understanding.place;

import govwatch.places.Divisions;
import govwatch.places.Place;
import govwatch.places.PlaceKind;
import govwatch.understanding.model.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Resolves a place name read from a page to its official unit. Many townships share a name (城关镇 is in 88
 * counties, 东明镇 in 奈曼旗, 双辽市 and 卢氏县), so the candidates of the name are narrowed, in this order, by:
 * <ol>
 *   <li>the county the portal's seed declares (for township- and county-level names; a county portal may repost its
 *       prefecture's report) — a candidate inside it wins; when none is, the place is taken to be new or renamed and
 *       stays unresolved rather than being moved to another county;</li>
 *   <li>the parent the page states (county, prefecture or province name) — likewise decisive when it matches one
 *       candidate and a veto when it matches none;</li>
 *   <li>a name with one candidate in the whole list;</li>
 *   <li>the one candidate whose county (then prefecture, then province: 内蒙古, 吉林) name the page's opening text
 *       mentions.</li>
 * </ol>
 * Anything else (several candidates fit, or none) is unresolved: the caller keeps the name as written.
 *
 * <p>Contract: pure and thread-safe; linear in the clue text times the number of candidates (at most 88).
 */
public final class PlaceResolver {

    private static final Pattern PROVINCE_SUFFIX = Pattern.compile("(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)$");

    private final Divisions divisions;

    public PlaceResolver(Divisions divisions) {
        this.divisions = divisions;
    }

    /**
     * @param name  the place name as read (东明镇, 奈曼旗, 双辽市)
     * @param level the level its suffix suggests; candidates of a different rank are ignored
     * @return the official unit with how it was decided, or {@link Resolution#unresolved} with the candidate count
     */
    public Resolution resolve(String name, Level level, PlaceClues clues) {
        List<Place> candidates = sameRank(divisions.named(name), level);
        if (candidates.isEmpty()) {
            return Resolution.unresolved(0);
        }
        if (clues.declaredCounty() != null && candidates.get(0).countyCode() != null) {
            String prefix = countyPrefix(clues.declaredCounty());
            if (prefix != null) {
                List<Place> inside = filter(candidates, p -> p.code().startsWith(prefix));
                return inside.size() == 1 ? new Resolution(inside.get(0), "declared-county", 1)
                        : Resolution.unresolved(candidates.size());
            }
        }
        String parent = clues.statedParent();
        if (parent != null) {
            List<Place> under = filter(candidates, p -> parent.equals(p.county()) || parent.equals(p.city())
                    || parent.equals(p.province()));
            if (under.size() == 1) {
                return new Resolution(under.get(0), "stated-parent", candidates.size());
            }
            if (under.isEmpty() && divisions.isListed(parent)) {
                return Resolution.unresolved(candidates.size()); // the page says elsewhere: a unit the list lacks
            }
        }
        if (candidates.size() == 1) {
            return new Resolution(candidates.get(0), "only-one", 1);
        }
        String text = clues.text() == null ? "" : clues.text();
        List<Place> byCounty = filter(candidates, p -> p.county() != null && text.contains(p.county()));
        if (byCounty.size() == 1) {
            return new Resolution(byCounty.get(0), "page-mentions-county", candidates.size());
        }
        List<Place> byCity = filter(byCounty.isEmpty() ? candidates : byCounty,
                p -> p.city() != null && text.contains(p.city()));
        if (byCity.size() == 1) {
            return new Resolution(byCity.get(0), "page-mentions-city", candidates.size());
        }
        List<Place> byProvince = filter(byCity.isEmpty() ? candidates : byCity,
                p -> p.province() != null && text.contains(shortProvince(p.province())));
        if (byProvince.size() == 1) {
            return new Resolution(byProvince.get(0), "page-mentions-province", candidates.size());
        }
        return Resolution.unresolved(candidates.size());
    }

    /** A province as running text names it: 内蒙古自治区 → 内蒙古, 广西壮族自治区 → 广西, 河南省 → 河南. */
    static String shortProvince(String name) {
        return PROVINCE_SUFFIX.matcher(name).replaceFirst("");
    }

    /** The code prefix of a declared county: its 6 leading digits, or null when the code is not a listed county. */
    private String countyPrefix(String code) {
        return divisions.byCode(code).filter(p -> p.kind().countyLevel()).map(p -> p.code().substring(0, 6))
                .orElse(null);
    }

    /** The candidates at the rank the suffix suggests; a 市 may be a county-level city as well as a prefecture. */
    private static List<Place> sameRank(List<Place> all, Level level) {
        if (level == null) {
            return all;
        }
        return filter(all, p -> switch (level) {
            case TOWNSHIP, SUBDISTRICT -> p.kind().townshipLevel();
            case COUNTY, DISTRICT -> p.kind().countyLevel();
            case CITY -> p.kind() == PlaceKind.PREFECTURE || p.kind() == PlaceKind.COUNTY_CITY;
            case PROVINCE -> p.kind() == PlaceKind.PROVINCE;
            case NATIONAL -> false;
        });
    }

    private static List<Place> filter(List<Place> places, Predicate<Place> keep) {
        List<Place> out = new ArrayList<>();
        for (Place p : places) {
            if (keep.test(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * @param place      the official unit, or null when unresolved
     * @param how        which clue decided (declared-county, stated-parent, only-one, page-mentions-county/city/province)
     * @param candidates how many listed units have the name at that rank
     */
    public record Resolution(Place place, String how, int candidates) {

        static Resolution unresolved(int candidates) {
            return new Resolution(null, null, candidates);
        }

        public boolean resolved() {
            return place != null;
        }
    }
}
