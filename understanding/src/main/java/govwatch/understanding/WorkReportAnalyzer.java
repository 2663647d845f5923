package govwatch.understanding;

import govwatch.understanding.clean.CleanedDocument;
import govwatch.understanding.clean.DocumentCleaner;
import govwatch.understanding.detect.Detection;
import govwatch.understanding.detect.ReportDetector;
import govwatch.understanding.extract.TargetExtractor;
import govwatch.understanding.model.Report;
import govwatch.understanding.model.Target;
import govwatch.understanding.place.Divisions;
import govwatch.understanding.place.ReportPlaces;
import govwatch.understanding.year.PlanYearResolver;
import govwatch.understanding.year.SectionSplitter;
import govwatch.understanding.year.Sections;
import govwatch.understanding.year.YearResolution;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The understanding of one document, in a straight line: read check → clean ({@link DocumentCleaner}) → detect
 * ({@link ReportDetector}) → official place ({@link ReportPlaces}) → sections and plan year ({@link SectionSplitter}, {@link PlanYearResolver}) → targets of
 * the plan part ({@link TargetExtractor}). Stateless and thread-safe.
 */
public final class WorkReportAnalyzer implements ReportAnalyzer {

    private final DocumentCleaner cleaner = new DocumentCleaner();
    private final ReportDetector detector = new ReportDetector();
    private final TargetExtractor extractor = new TargetExtractor();
    /** The bundled official division list, loaded once per JVM when the first analyzer is made. */
    private final ReportPlaces places = new ReportPlaces(Divisions.official());

    public WorkReportAnalyzer() {
    }

    @Override
    public Report analyze(SourceDocument document) {
        String body = document == null ? null : document.body();
        String url = document == null ? null : document.url();
        Readability.check(body);
        CleanedDocument clean = cleaner.clean(body, document.contentType());
        String hash = sha256(clean.text());
        if (clean.lines().isEmpty()) {
            return Report.notAReport(clean.metadata().pageTitle(), url, hash, "the page has no text");
        }
        Detection d = detector.detect(clean);
        if (!d.report()) {
            return Report.notAReport(d.title(), url, hash, d.reason());
        }
        ReportPlaces.Located place = places.locate(d.region(), d.parent(), clean, document.countyCode());
        List<String> lines = clean.lines();
        Sections sections = SectionSplitter.split(lines);
        YearResolution year = PlanYearResolver.resolve(sections, lines, d.title(), d.meeting().date(),
                clean.metadata().publishedAt());
        if (year.year() == null) {
            return Report.notAReport(d.title(), url, hash, "a work report, but nothing on the page dates it (no plan or"
                    + " review year, meeting date, title year or publication date)");
        }
        String planYear = year.year().toString();
        List<Target> targets = extractor.extract(sections.planLines(lines)).stream().map(t -> t.withHorizon(planYear))
                .toList();
        return new Report(true, d.title(), place.region(), place.parent(), year.year(), year.reviewYear(), year.evidence(),
                d.meeting().date(), clean.metadata().publishedAt(), d.draft(), d.meeting().session(), url, hash,
                Report.CURRENT_EXTRACTOR_VERSION, targets, null);
    }

    /** The cleaned text the analyzer works on (what {@code contentHash} is computed from). */
    public String cleanText(SourceDocument document) {
        Readability.check(document.body());
        return cleaner.clean(document.body(), document.contentType()).text();
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
