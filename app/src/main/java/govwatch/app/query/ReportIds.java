package govwatch.app.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the place part of a report id ({@code 奈曼旗东明镇}): the county, where stated, is written before the place, so
 * every split after a county-level suffix (县, 旗, 市, 区) is a possible reading, and so is the whole name without a
 * county. Only a few readings per id, each checked against the store.
 */
final class ReportIds {

    /** One way of reading a place: the region name and its county ("" for none). */
    record Reading(String county, String region) {
    }

    private static final String COUNTY_SUFFIXES = "县旗市区";

    private ReportIds() {
    }

    static List<Reading> readings(String place) {
        List<Reading> out = new ArrayList<>();
        out.add(new Reading("", place));
        for (int i = 1; i < place.length() - 1; i++) {
            if (COUNTY_SUFFIXES.indexOf(place.charAt(i - 1)) >= 0) {
                out.add(new Reading(place.substring(0, i), place.substring(i)));
            }
        }
        return out;
    }
}
