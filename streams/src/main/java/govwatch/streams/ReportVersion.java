package govwatch.streams;

import govwatch.understanding.SourceDocument;
import govwatch.understanding.model.Report;

/**
 * One understood version of a report together with the document it was read from, so that a later extractor can
 * read the same document again (see {@link AlertDecider}). Crosses the repartition topic as JSON.
 *
 * @param report      what the understanding made of the document
 * @param contentType the document's media type
 * @param body        the document as the crawler published it; null when too large to keep
 */
public record ReportVersion(Report report, String contentType, String body) {

    /** Documents larger than this are not kept for re-reading; their reports re-baseline quietly on an upgrade. */
    static final int MAX_KEPT_CHARS = 1_000_000;

    static ReportVersion of(Report report, String contentType, String body) {
        return new ReportVersion(report, contentType, body != null && body.length() <= MAX_KEPT_CHARS ? body : null);
    }

    /**
     * The document, for reading it again; null if it was not kept. The county it was resolved in stands for the seed's
     * declared county (which is not kept), so the same page resolves to the same place again.
     */
    SourceDocument document() {
        String county = report.parent() == null ? null : report.parent().code();
        return body == null ? null : new SourceDocument(report.sourceUrl(), contentType, body, county);
    }
}
