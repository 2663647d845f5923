package govwatch.understanding.clean;

import java.util.List;

/**
 * A document reduced to its article text.
 *
 * @param lines    the article's paragraphs, one per element, normalized, chrome removed
 * @param metadata what the page says about itself (title, publication date, 来源, site names)
 */
public record CleanedDocument(List<String> lines, PageMetadata metadata) {

    public CleanedDocument {
        lines = List.copyOf(lines);
    }

    /** The clean text: paragraphs joined by LF. */
    public String text() {
        return String.join("\n", lines);
    }
}
