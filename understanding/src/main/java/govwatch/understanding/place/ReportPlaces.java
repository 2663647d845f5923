package govwatch.understanding.place;

import govwatch.places.Divisions;
import govwatch.places.Place;
import govwatch.understanding.clean.CleanedDocument;
import govwatch.understanding.clean.PageMetadata;
import govwatch.understanding.model.Level;
import govwatch.understanding.model.Region;

/**
 * Gives a detected report place its official unit: code and level from the division list, and for a township-level
 * unit its official county as the parent. A name the list does not have (a new or renamed unit, a test portal) or
 * that several units share with nothing to tell them apart keeps what detection read from the suffix.
 *
 * <p>Contract: pure and thread-safe; reads at most {@link #CLUE_CHARS} characters of the page.
 */
public final class ReportPlaces {

    /** How much of the page's opening is searched for county and city names. */
    static final int CLUE_CHARS = 20_000;

    private final PlaceResolver resolver;

    public ReportPlaces(Divisions divisions) {
        this.resolver = new PlaceResolver(divisions);
    }

    /** The region and parent as they stand after resolution. */
    public record Located(Region region, Region parent) {
    }

    /**
     * @param region         the region detection read (may be null)
     * @param parent         the parent the page states, or null
     * @param doc            the cleaned page, whose opening and metadata are the clues
     * @param declaredCounty the county code the portal's seed declares, or null
     */
    public Located locate(Region region, Region parent, CleanedDocument doc, String declaredCounty) {
        if (region == null || region.level() == Level.NATIONAL) {
            return new Located(region, parent);
        }
        PlaceClues clues = new PlaceClues(declaredCounty, parent == null ? null : parent.name(), clueText(doc));
        Place place = resolver.resolve(region.name(), region.level(), clues).place();
        if (place == null) {
            return new Located(region, parent);
        }
        return new Located(PlaceLevels.region(place), officialParent(place, parent));
    }

    /**
     * A township-level unit's parent is its official county, whatever the page stated (a page may name the prefecture
     * instead), so every page of one place gives one identity. Above that, the stated parent stays, with its code
     * when it is the unit's prefecture.
     */
    private static Region officialParent(Place place, Region stated) {
        if (place.kind().townshipLevel()) {
            return new Region(place.county(), countyLevel(place.county()), place.countyCode());
        }
        if (stated != null && stated.name().equals(place.city())) {
            return new Region(stated.name(), Level.CITY, place.code().substring(0, 4) + "00000000");
        }
        return stated;
    }

    private static Level countyLevel(String county) {
        return county.endsWith("区") ? Level.DISTRICT : Level.COUNTY;
    }

    private static String clueText(CleanedDocument doc) {
        PageMetadata meta = doc.metadata();
        StringBuilder b = new StringBuilder();
        append(b, meta.pageTitle());
        append(b, meta.headTitle());
        append(b, meta.source());
        meta.siteHints().forEach(h -> append(b, h));
        for (String line : doc.lines()) {
            if (b.length() >= CLUE_CHARS) {
                break;
            }
            append(b, line);
        }
        return b.length() > CLUE_CHARS ? b.substring(0, CLUE_CHARS) : b.toString();
    }

    private static void append(StringBuilder b, String s) {
        if (s != null && b.length() < CLUE_CHARS) {
            b.append(s, 0, Math.min(s.length(), CLUE_CHARS - b.length())).append('\n');
        }
    }
}
