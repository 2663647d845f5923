package govwatch.streams.coverage;

import govwatch.events.PublishedReport;
import govwatch.events.Region;
import govwatch.places.Divisions;
import govwatch.places.Place;
import java.util.Optional;

/**
 * Which official county and province a stored report belongs to, from its place's code or its parent's; and the
 * county and province codes a user may give (command line, query parameters), checked against the official list.
 */
public final class Counties {

    private Counties() {
    }

    /** The county-level unit of {@code code} (6 or 12 digits), empty when the official list has no such unit. */
    public static Optional<Place> countyLevel(String code) {
        return Divisions.official().byCode(code).filter(p -> p.kind().countyLevel());
    }

    /** The 2-digit code of the province {@code code} (2 or 12 digits), empty when it names no province. */
    public static Optional<String> province(String code) {
        return Divisions.official().byCode(code).filter(p -> p.province() == null).map(p -> p.code().substring(0, 2));
    }

    /** The 12-digit code of the report's county-level unit (itself, for a county's own report); empty if unresolved. */
    public static Optional<Place> countyOf(PublishedReport report) {
        return officialCounty(report.region()).or(() -> officialCounty(report.parent()));
    }

    /** The 2-digit province code of the report's place, from its code or its parent's; empty if neither has one. */
    public static Optional<String> provinceOf(PublishedReport report) {
        return code(report.region()).or(() -> code(report.parent())).map(c -> c.substring(0, 2));
    }

    private static Optional<Place> officialCounty(Region region) {
        return code(region).flatMap(c -> Divisions.official().byCode(c))
                .map(Place::countyCode).flatMap(c -> Divisions.official().byCode(c));
    }

    private static Optional<String> code(Region region) {
        return region == null || region.code() == null || region.code().length() < 2
                ? Optional.empty() : Optional.of(region.code());
    }
}
