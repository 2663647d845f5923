package govwatch.app.cli;

import govwatch.streams.coverage.Counties;
import govwatch.places.Place;

/** Checks the place codes given on the command line against the official division list (NBS 2023). */
final class OfficialCodes {

    private OfficialCodes() {
    }

    /** The county-level unit of {@code code} (6 or 12 digits), or a usage error naming {@code option}. */
    static Place county(String option, String code) {
        return Counties.countyLevel(code).orElseThrow(() -> new UsageError(option + " " + code + " is not a "
                + "county-level code of the official division list (NBS 2023): give its 6 or 12 digits, e.g. 150525 "
                + "for 奈曼旗"));
    }

    /** The 2-digit code of the province {@code code} (2 or 12 digits), or a usage error naming {@code option}. */
    static String province(String option, String code) {
        return Counties.province(code).orElseThrow(() -> new UsageError(option + " " + code + " is not a province "
                + "code of the official division list (NBS 2023): give its 2 or 12 digits, e.g. 15 for 内蒙古自治区"));
    }
}
