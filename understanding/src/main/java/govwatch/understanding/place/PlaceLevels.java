package govwatch.understanding.place;

import govwatch.places.Place;
import govwatch.places.PlaceKind;
import govwatch.understanding.model.Level;
import govwatch.understanding.model.Region;

/**
 * The official division list ({@code govwatch.places}) seen as report regions: a unit's kind mapped to the
 * administrative {@link Level} reports use. Kept here so the places module knows nothing of reports.
 */
public final class PlaceLevels {

    private PlaceLevels() {
    }

    /** The level reports use for a kind: a 镇 and a 乡 are both {@link Level#TOWNSHIP}, a 县级市 is a county. */
    public static Level level(PlaceKind kind) {
        return switch (kind) {
            case PROVINCE -> Level.PROVINCE;
            case PREFECTURE -> Level.CITY;
            case DISTRICT -> Level.DISTRICT;
            case COUNTY, COUNTY_CITY -> Level.COUNTY;
            case SUBDISTRICT -> Level.SUBDISTRICT;
            case TOWN, TOWNSHIP, TOWNSHIP_LIKE -> Level.TOWNSHIP;
        };
    }

    /** The level reports use for a unit: a 街道 among the township-like units is a subdistrict. */
    public static Level level(Place place) {
        return place.kind() == PlaceKind.TOWNSHIP_LIKE && place.commonName().endsWith("街道")
                ? Level.SUBDISTRICT : level(place.kind());
    }

    /** The unit as a report region, with its common name, official code and level. */
    public static Region region(Place place) {
        return new Region(place.commonName(), level(place), place.code());
    }
}
