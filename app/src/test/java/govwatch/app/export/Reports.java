package govwatch.app.export;

import govwatch.events.Bound;
import govwatch.events.Level;
import govwatch.events.PublishedReport;
import govwatch.events.Quantity;
import govwatch.events.Region;
import govwatch.events.Target;
import govwatch.understanding.place.Place;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made stored reports for the export and coverage tests. */
final class Reports {

    private Reports() {
    }

    static PublishedReport report(Region region, Region parent, int year, boolean draft, Target... targets) {
        return new PublishedReport(true, region.name() + "政府工作报告", region, parent, year, year - 1, "plan-section",
                null, null, draft, null, "http://example.org/" + region.name() + "/" + year, "hash", 6,
                List.of(targets), null);
    }

    /** The reports keyed as on the topic: {@code code/year}, else {@code [parent]name/year}. */
    static Map<String, PublishedReport> byId(PublishedReport... reports) {
        Map<String, PublishedReport> out = new LinkedHashMap<>();
        for (PublishedReport r : reports) {
            String place = r.region().code() != null ? r.region().code()
                    : (r.parent() == null ? "" : r.parent().name()) + r.region().name();
            out.put(place + "/" + r.year() + (out.containsKey(place + "/" + r.year()) ? "#" + out.size() : ""), r);
        }
        return out;
    }

    static Region region(Place place) {
        return new Region(place.commonName(), Level.TOWNSHIP, place.code());
    }

    static Region township(String name, String code) {
        return new Region(name, Level.TOWNSHIP, code);
    }

    static Region county(String name, String code) {
        return new Region(name, Level.COUNTY, code);
    }

    static Target target(String indicator, String value, String unit, String text) {
        return new Target(indicator, new BigDecimal(value), null, unit, new Quantity(new BigDecimal(value), unit), null,
                Bound.EXACT, text, null);
    }
}
