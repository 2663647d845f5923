package govwatch.understanding.place;

/**
 * What a page tells about where its place is, for {@link PlaceResolver}.
 *
 * @param declaredCounty the county code the portal's seed file declares (6, 9 or 12 digits), else null
 * @param statedParent   the enclosing region the page names (奈曼旗 of 奈曼旗东明镇, a 县/旗/市 near the title), else null
 * @param text           the page's opening text, site name and 来源 line, searched for county and city names
 */
public record PlaceClues(String declaredCounty, String statedParent, String text) {

    public static PlaceClues none() {
        return new PlaceClues(null, null, "");
    }
}
