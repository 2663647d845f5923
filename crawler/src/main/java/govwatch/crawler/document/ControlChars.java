package govwatch.crawler.document;

import govwatch.crawler.fetch.FetchFailure;

/**
 * Control characters in decoded text. A page is text: a few stray control bytes are dropped (each NUL would
 * otherwise cost six bytes of JSON, {@code \u0000}); a body where they, or undecodable bytes, are more than
 * {@value #JUNK_PERCENT} % is binary junk served as text and refused.
 */
final class ControlChars {
    static final int JUNK_PERCENT = 5;
    private static final int FEW = 64;

    private ControlChars() {
    }

    /** Whether {@code c} is dropped from text: C0 controls other than tab, line feed, form feed and carriage return; DEL. */
    static boolean dropped(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' || c == 0x7f;
    }

    /** {@code text} without {@link #dropped} characters. */
    static String strip(String text) {
        int first = 0;
        while (first < text.length() && !dropped(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!dropped(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Throws {@code BINARY} when control and replacement characters are more than the junk share of {@code text}. */
    static void refuseJunk(String text, String contentType) throws FetchFailure {
        long junk = text.chars().filter(c -> dropped((char) c) || c == '\uFFFD').count();
        if (junk > FEW && junk * 100 > (long) text.length() * JUNK_PERCENT) {
            throw new FetchFailure(FetchFailure.Kind.BINARY, "binary content served as " + contentType + ": "
                    + junk + " of " + text.length() + " characters are control bytes or undecodable");
        }
    }
}
