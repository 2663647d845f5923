package govwatch.streams;

import govwatch.understanding.ReportAnalyzer;
import govwatch.understanding.SourceDocument;
import govwatch.understanding.UnreadableDocumentException;
import govwatch.understanding.model.Bound;
import govwatch.understanding.model.Level;
import govwatch.understanding.model.Quantity;
import govwatch.understanding.model.Region;
import govwatch.understanding.model.Report;
import govwatch.understanding.model.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stand-in for the real understanding, so that topology tests exercise routing, state and alerting on
 * pages whose meaning the test states outright. A page body is lines of {@code key: value}:
 * {@code region}, {@code parent}, {@code year}, {@code draft}, {@code target: indicator=amount 万元},
 * {@code text} (anything else that changes the content), {@code code} and {@code county} (the official code and county,
 * which only today's extractor reads: older ones knew no division list). A body without {@code region} is not a report;
 * a body {@code unreadable} throws. An analyzer can stand for an older extractor: another version number, and
 * blind to some indicators.
 */
final class ScriptedAnalyzer implements ReportAnalyzer {

    private final int version;
    private final Set<String> blindTo;

    /** Today's extractor. */
    ScriptedAnalyzer() {
        this(Report.CURRENT_EXTRACTOR_VERSION, Set.of());
    }

    ScriptedAnalyzer(int version, Set<String> blindTo) {
        this.version = version;
        this.blindTo = blindTo;
    }

    @Override
    public Report analyze(SourceDocument document) {
        if (document.body().strip().equals("unreadable")) {
            throw new UnreadableDocumentException("binary garbage");
        }
        Map<String, String> fields = new HashMap<>();
        List<Target> targets = new ArrayList<>();
        for (String line : document.body().split("\n")) {
            String[] kv = line.split(": ", 2);
            if (kv.length < 2) {
                continue;
            }
            if (kv[0].equals("target")) {
                String[] t = kv[1].split("=");
                if (blindTo.contains(t[0])) {
                    continue;
                }
                BigDecimal value = new BigDecimal(t[1]);
                targets.add(new Target(t[0], value, null, "万元",
                        new Quantity(value.multiply(BigDecimal.valueOf(10_000)), "元"), null, Bound.EXACT, line));
            } else {
                fields.put(kv[0], kv[1]);
            }
        }
        String hash = Integer.toHexString(document.body().hashCode());
        if (!fields.containsKey("region")) {
            return Report.notAReport("新闻", document.url(), hash, "no report title");
        }
        Region parent = fields.containsKey("parent") ? new Region(fields.get("parent"), Level.COUNTY) : null;
        String code = version == Report.CURRENT_EXTRACTOR_VERSION ? fields.get("code") : null;
        if (code != null && fields.containsKey("county")) {
            parent = new Region(fields.get("county"), Level.COUNTY, code.substring(0, 6) + "000000");
        }
        return new Report(true, "政府工作报告", new Region(fields.get("region"), Level.TOWNSHIP, code), parent,
                Integer.valueOf(fields.get("year")), null, "test", null, null,
                Boolean.parseBoolean(fields.getOrDefault("draft", "false")), null, document.url(), hash,
                version, targets, null);
    }
}
