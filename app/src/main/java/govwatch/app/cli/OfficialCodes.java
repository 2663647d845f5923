package govwatch.app.cli;

import govwatch.understanding.place.Divisions;
import govwatch.understanding.place.Place;

/** Checks the place codes given on the command line against the official division list (NBS 2023). */
final class OfficialCodes {

    private OfficialCodes() {
    }

    /** The county-level unit of {@code code} (6 or 12 digits), or a usage error naming {@code option}. */
    static Place county(String option, String code) {
        return Divisions.official().byCode(code).filter(p -> p.kind().countyLevel())
                .orElseThrow(() -> new UsageError(option + " " + code + " is not a county-level code of the official "
                        + "division list (NBS 2023): give its 6 or 12 digits, e.g. 150525 for 奈曼旗"));
    }

    /** The 2-digit code of the province {@code code} (2 or 12 digits), or a usage error naming {@code option}. */
    static String province(String option, String code) {
        return Divisions.official().byCode(code).filter(p -> p.province() == null).map(p -> p.code().substring(0, 2))
                .orElseThrow(() -> new UsageError(option + " " + code + " is not a province code of the official "
                        + "division list (NBS 2023): give its 2 or 12 digits, e.g. 15 for 内蒙古自治区"));
    }
}
