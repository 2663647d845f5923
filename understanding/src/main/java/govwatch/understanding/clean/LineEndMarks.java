package govwatch.understanding.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes a re-posting site's line-end marker: some document sites append the same short ASCII token to every
 * paragraph of a copied report ({@code …第十五届PZl}, {@code 各位代表:hd9}), sometimes broken over two lines
 * ({@code …PZ} / {@code l}). A token counts as a marker only when it is 2–4 letters or digits glued to a non-ASCII
 * character and ends at least {@value #MIN_LINES} lines and a fifth of all lines; ordinary text never does that.
 */
final class LineEndMarks {

    private static final int MIN_LINES = 3;
    private static final int MIN_LEN = 2;
    private static final int MAX_LEN = 4;

    private LineEndMarks() {
    }

    static List<String> strip(List<String> lines) {
        String mark = marker(lines);
        if (mark == null) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
            if (line.endsWith(mark)) {
                line = line.substring(0, line.length() - mark.length()).strip();
            } else if (!next.isEmpty() && next.length() < mark.length() && line.endsWith(mark.substring(0, mark.length() - next.length()))
                    && mark.endsWith(next)) {
                line = line.substring(0, line.length() - (mark.length() - next.length())).strip();
                i++;
            }
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    /** The marker token, or null when the text has none. */
    private static String marker(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestCount = 0;
        for (String line : lines) {
            String token = trailingToken(line);
            if (token != null) {
                int c = counts.merge(token, 1, Integer::sum);
                if (c > bestCount) {
                    best = token;
                    bestCount = c;
                }
            }
        }
        return bestCount >= MIN_LINES && bestCount * 5 >= lines.size() ? best : null;
    }

    private static String trailingToken(String line) {
        int end = line.length();
        int start = end;
        while (start > 0 && end - start <= MAX_LEN && isAsciiAlnum(line.charAt(start - 1))) {
            start--;
        }
        int len = end - start;
        if (len < MIN_LEN || len > MAX_LEN || start == 0 || line.charAt(start - 1) < 0x80) {
            return null;
        }
        return line.substring(start);
    }

    private static boolean isAsciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
