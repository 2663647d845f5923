package govwatch.app.cli;

import govwatch.crawler.CrawlSummary;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/** One crawl pass told once on standard error: the counts, then each portal's error on a line of its own. */
final class PassSummary {

    private PassSummary() {
    }

    static void print(PrintStream err, String command, CrawlSummary pass) {
        err.printf("govwatch %s: crawl pass done: fetched=%d published=%d unchanged=%d notModified=%d errors=%d%n",
                command, pass.fetched(), pass.published(), pass.unchanged(), pass.notModified(), pass.errors());
        for (Map.Entry<String, String> e : new TreeMap<>(pass.portalErrors()).entrySet()) {
            err.printf("govwatch %s: portal %s: %s%n", command, e.getKey(), printable(e.getValue()));
        }
    }

    /** Text from a portal with its control characters escaped, so that it cannot steer the terminal. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
