package govwatch.understanding;

import govwatch.understanding.model.Report;

/**
 * Understands one document: cleans it, decides whether it is a government work report, of which region
 * and plan year, and extracts the targets of its plan part.
 *
 * <p>Contract: pure and thread-safe; no I/O; linear in the size of the body. Never returns null: a page that
 * is not a report gives a {@link Report} with {@code report == false} and a reason.
 */
public interface ReportAnalyzer {

    /**
     * @throws UnreadableDocumentException when the body cannot be read as a document at all (empty, binary)
     */
    Report analyze(SourceDocument document);
}
