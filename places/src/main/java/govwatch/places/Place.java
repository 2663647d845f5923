package govwatch.places;

/**
 * One official unit of the statistical division list ({@link Divisions}).
 *
 * @param code     the 12-digit statistical code (150525105000 for 东明镇 in 奈曼旗)
 * @param name     the official name (a few 街道 are listed as 街道办事处)
 * @param kind     what kind of unit it is, from its code and name
 * @param county   the county-level unit's name for a township-level unit, else null
 * @param city     the prefecture's name (市辖区 and 省直辖县级行政区划 are placeholders in the list), else null
 * @param province the province's name, null for a province
 */
public record Place(String code, String name, PlaceKind kind, String county, String city, String province) {

    /** The 12-digit code of the county-level unit this unit is in or is; null above county level. */
    public String countyCode() {
        return kind.townshipLevel() || kind.countyLevel() ? code.substring(0, 6) + "000000" : null;
    }

    /** The name as a page writes it: 街道办事处 shortened to 街道. */
    public String commonName() {
        return name.endsWith("街道办事处") ? name.substring(0, name.length() - 3) : name;
    }
}
