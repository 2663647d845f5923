package govwatch.understanding;

/** Refuses bodies that cannot be read as a document at all: null, blank, or binary/undecodable content. */
final class Readability {

    private static final int SAMPLE = 65_536;
    private static final double MAX_BAD_SHARE = 0.05;

    private Readability() {
    }

    static void check(String body) {
        if (body == null || body.isBlank()) {
            throw new UnreadableDocumentException("empty document: the body is " + (body == null ? "missing" : "blank"));
        }
        int n = Math.min(body.length(), SAMPLE);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c == '\uFFFD' || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c >= 0x7F && c < 0xA0) {
                bad++;
            }
        }
        if (bad > MAX_BAD_SHARE * n) {
            throw new UnreadableDocumentException(String.format(
                    "binary or undecodable content: %d of the first %d characters are replacement or control characters"
                            + " (wrong charset, or not a text document)", bad, n));
        }
    }
}
