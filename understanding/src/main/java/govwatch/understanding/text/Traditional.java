package govwatch.understanding.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Maps traditional characters to simplified ones, so a page behind a portal's 繁體 switch reads like the simplified
 * page: titles (政府工作報告), meeting lines (屆, 會議), headings, indicator names and units (億元, 萬畝). The table is
 * the resource {@code traditional-to-simplified.txt} (one pair per line, written by hand: the characters that matter
 * for reading work reports, not a full converter); characters outside it are kept. One array look-up per character.
 */
public final class Traditional {

    private static final String RESOURCE = "/govwatch/understanding/traditional-to-simplified.txt";
    private static final char FIRST = '\u4E00';
    private static final char[] TABLE = load();

    private Traditional() {
    }

    /** The simplified form of c, or c itself. */
    public static char simplify(char c) {
        int i = c - FIRST;
        if (i < 0 || i >= TABLE.length) {
            return c;
        }
        char s = TABLE[i];
        return s == 0 ? c : s;
    }

    private static char[] load() {
        char[] table = new char[0xA000 - FIRST];
        try (InputStream in = Traditional.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the understanding jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.length() != 2 || l.charAt(0) < FIRST || l.charAt(0) >= '\uA000') {
                    throw new IllegalStateException(RESOURCE + ": not a pair of ideographs: " + l);
                }
                table[l.charAt(0) - FIRST] = l.charAt(1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
