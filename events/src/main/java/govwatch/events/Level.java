package govwatch.events;

/** Administrative level of a region, as subscribers receive it (the analyzer's levels are mapped onto these). */
public enum Level {
    TOWNSHIP, SUBDISTRICT, COUNTY, DISTRICT, CITY, PROVINCE, NATIONAL
}
