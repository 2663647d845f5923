package govwatch.places;

/**
 * The kind of an official unit, from its code and name, by the NBS coding rules. Finer than the levels reports
 * use (a 镇 and a 乡 are both township-level; a county-level city is county-level, not a city); the mapping to
 * those levels lives with the reports, in the understanding module.
 */
public enum PlaceKind {
    PROVINCE,
    /** A prefecture-level unit: 市, 自治州, 地区, 盟. */
    PREFECTURE,
    /** A district of a city (市辖区). */
    DISTRICT,
    /** 县, 自治县, 旗, 自治旗, 特区, 林区. */
    COUNTY,
    /** A county-level city (县级市), e.g. 双辽市. */
    COUNTY_CITY,
    /** 街道 (code 001–099). */
    SUBDISTRICT,
    /** 镇 (code 100–199). */
    TOWN,
    /** 乡, 民族乡, 苏木 (code 200–399). */
    TOWNSHIP,
    /** A unit like a township: a farm, a development zone … (code 400–599); a 街道 among them is a subdistrict. */
    TOWNSHIP_LIKE;

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
