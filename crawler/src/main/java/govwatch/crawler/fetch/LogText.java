package govwatch.crawler.fetch;

/**
 * Text from portals (URLs, headers, error messages, robots.txt lines) made safe for a log line or a terminal:
 * control characters are escaped ({@code \x1b}), so a hostile portal cannot move the cursor, recolour or clear
 * an operator's terminal, or forge log lines with a line break. Long text is cut.
 */
public final class LogText {
    private static final int MAX = 1000;

    private LogText() {
    }

    public static String safe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int n = Math.min(text.length(), MAX);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(n + 16).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\x%02x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        String safe = out == null ? text.substring(0, n) : out.toString();
        return text.length() > MAX ? safe + "…(" + text.length() + " chars)" : safe;
    }
}
