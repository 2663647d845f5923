package govwatch.streams;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import govwatch.understanding.SourceDocument;
import govwatch.understanding.model.Report;

/**
 * One understood version of a report together with the document it was read from (compressed, see
 * {@link KeptDocument}), so that a later extractor can read the same document again (see {@link AlertDecider}).
 * Crosses the repartition topic as Smile (binary JSON, {@link govwatch.events.JsonSerde#binary}) and is what the
 * store keeps; never the whole page in plain text.
 *
 * @param report      what the understanding made of the document
 * @param contentType the document's media type
 * @param document    the document as the crawler published it, gzip-compressed; null when too
 *                    large to keep
 */
public record ReportVersion(Report report, String contentType, byte[] document) {

    static ReportVersion of(Report report, String contentType, String body) {
        return new ReportVersion(report, contentType, KeptDocument.keep(body));
    }

    /**
     * Reads a stored version, also one written before documents were compressed (its page in plain text under
     * {@code body}): such a page is compressed now, so an extractor upgrade can still read it again.
     */
    @JsonCreator
    static ReportVersion read(@JsonProperty("report") Report report, @JsonProperty("contentType") String contentType,
                              @JsonProperty("document") byte[] document, @JsonProperty("body") String legacyBody) {
        return document != null || legacyBody == null ? new ReportVersion(report, contentType, document)
                : of(report, contentType, legacyBody);
    }

    /**
     * The document, for reading it again; null if it was not kept. The county it was resolved in stands for the seed's
     * declared county (which is not kept), so the same page resolves to the same place again.
     */
    SourceDocument source() {
        String county = report.parent() == null ? null : report.parent().code();
        return document == null ? null
                : new SourceDocument(report.sourceUrl(), contentType, KeptDocument.read(document), county);
    }
}
