package govwatch.understanding.place;

import govwatch.understanding.model.Level;

/**
 * The kind of an official unit, from its code and name: finer than {@link Level} (a 镇 and a 乡 are both
 * {@link Level#TOWNSHIP}; a county-level city is {@link Level#COUNTY}, not a city).
 */
public enum PlaceKind {
    PROVINCE(Level.PROVINCE),
    /** A prefecture-level unit: 市, 自治州, 地区, 盟. */
    PREFECTURE(Level.CITY),
    /** A district of a city (市辖区). */
    DISTRICT(Level.DISTRICT),
    /** 县, 自治县, 旗, 自治旗, 特区, 林区. */
    COUNTY(Level.COUNTY),
    /** A county-level city (县级市), e.g. 双辽市. */
    COUNTY_CITY(Level.COUNTY),
    /** 街道 (code 001–099). */
    SUBDISTRICT(Level.SUBDISTRICT),
    /** 镇 (code 100–199). */
    TOWN(Level.TOWNSHIP),
    /** 乡, 民族乡, 苏木 (code 200–399). */
    TOWNSHIP(Level.TOWNSHIP),
    /** A unit like a township: a farm, a development zone … (code 400–599); a 街道 among them is a subdistrict. */
    TOWNSHIP_LIKE(Level.TOWNSHIP);

    private final Level level;

    PlaceKind(Level level) {
        this.level = level;
    }

    /** The administrative level reports use. */
    public Level level() {
        return level;
    }

    /** Whether this is a township-level unit (镇, 乡, 苏木, 街道 and the like). */
    public boolean townshipLevel() {
        return this == SUBDISTRICT || this == TOWN || this == TOWNSHIP || this == TOWNSHIP_LIKE;
    }

    /** Whether this is a county-level unit (县, 旗, 县级市, 区). */
    public boolean countyLevel() {
        return this == DISTRICT || this == COUNTY || this == COUNTY_CITY;
    }

    static PlaceKind of(String shortCode, String name) {
        switch (shortCode.length()) {
            case 2:
                return PROVINCE;
            case 4:
                return PREFECTURE;
            case 6:
                return name.endsWith("区") ? DISTRICT : name.endsWith("市") ? COUNTY_CITY : COUNTY;
            default:
                int n = Integer.parseInt(shortCode.substring(6, 9));
                return n < 100 ? SUBDISTRICT : n < 200 ? TOWN : n < 400 ? TOWNSHIP : TOWNSHIP_LIKE;
        }
    }
}
