package govwatch.app.export;

import govwatch.understanding.model.Bound;
import govwatch.understanding.model.Level;
import govwatch.understanding.model.Quantity;
import govwatch.understanding.model.Region;
import govwatch.understanding.model.Report;
import govwatch.understanding.model.Target;
import java.math.BigDecimal;
import java.util.List;

/** Hand-made stored reports for the export and coverage tests. */
final class Reports {

    private Reports() {
    }

    static Report report(Region region, Region parent, int year, boolean draft, Target... targets) {
        return new Report(true, region.name() + "政府工作报告", region, parent, year, year - 1, "plan-section", null, null,
                draft, null, "http://example.org/" + region.name() + "/" + year, "hash", Report.CURRENT_EXTRACTOR_VERSION,
                List.of(targets), null);
    }

    static Region township(String name, String code) {
        return new Region(name, Level.TOWNSHIP, code);
    }

    static Region county(String name, String code) {
        return new Region(name, Level.COUNTY, code);
    }

    static Target target(String indicator, String value, String unit, String text) {
        return new Target(indicator, new BigDecimal(value), null, unit, new Quantity(new BigDecimal(value), unit), null,
                Bound.EXACT, text);
    }
}
