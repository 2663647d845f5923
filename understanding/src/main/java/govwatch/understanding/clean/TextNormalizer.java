package govwatch.understanding.clean;

import govwatch.understanding.text.Cjk;
import govwatch.understanding.text.Traditional;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalizes text so later stages can use simple patterns: line endings to LF, full-width digits, letters and
 * the punctuation that matters for numbers (％ （ ） ． － ～ ＋ ／) to ASCII, odd spaces to plain spaces, Word
 * artifacts such as {@code [bookmark: _GoBack]} removed, letter-spaced titles ({@code 政 府 工 作 报 告}) collapsed.
 * Chinese sentence punctuation (，。；：！？) is kept. Traditional characters are read as simplified ({@link Traditional}). Output: one trimmed, non-empty paragraph per line.
 */
public final class TextNormalizer {

    private static final Pattern BOOKMARK = Pattern.compile("\\[(?:bookmark|BOOKMARK):[^\\]\\n]{0,100}\\]");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    private static final int MAX_SPACED_LINE = 80;

    private TextNormalizer() {
    }

    /** Normalizes a whole text; returns the paragraphs joined by LF. */
    public static String normalize(String text) {
        return String.join("\n", normalizeLines(text));
    }

    /** Normalizes a whole text into its non-empty paragraphs. */
    public static List<String> normalizeLines(String text) {
        String mapped = mapChars(text);
        mapped = BOOKMARK.matcher(mapped).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String raw : mapped.split("\n", -1)) {
            String line = SPACES.matcher(raw.strip()).replaceAll(" ");
            if (line.isEmpty()) {
                continue;
            }
            out.add(collapseLetterSpacing(line));
        }
        return LineEndMarks.strip(out);
    }

    /** Character-level mapping: full-width forms, spaces, invisible characters, line endings. */
    static String mapChars(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\uFF05' || c == '\uFF08' || c == '\uFF09' || c == '\uFF0E' || c == '\uFF0D' || c == '\uFF5E'
                    || c == '\uFF0B' || c == '\uFF0F' || c == '\uFF1C' || c == '\uFF1E' || c == '\uFF1D') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\t'
                    || c == '\f' || c == '\u000B') {
                sb.append(' ');
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
                // invisible: drop
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                sb.append('\n');
            } else if (c == '\u2212' || c == '\u2013') {
                sb.append('-');
            } else {
                sb.append(Traditional.simplify(c));
            }
        }
        return sb.toString();
    }

    /**
     * Collapses letter spacing on short lines made mostly of single CJK characters separated by spaces:
     * {@code 政 府 工 作 报 告} → {@code 政府工作报告}. Ordinary lines are returned unchanged.
     */
    static String collapseLetterSpacing(String line) {
        if (line.length() > MAX_SPACED_LINE || line.indexOf(' ') < 0) {
            return line;
        }
        String[] tokens = line.split(" ");
        int single = 0;
        for (String t : tokens) {
            if (t.length() == 1 && Cjk.isIdeograph(t.charAt(0))) {
                single++;
            }
        }
        if (single < 3 || single * 10 < tokens.length * 7) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            String prev = i > 0 ? tokens[i - 1] : null;
            if (prev != null && !(Cjk.isIdeograph(t.charAt(0)) || Cjk.isIdeograph(prev.charAt(prev.length() - 1)))) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }
}
