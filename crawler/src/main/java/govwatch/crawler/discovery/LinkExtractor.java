package govwatch.crawler.discovery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The canonical http(s) links of an HTML page ({@code <a href>}, {@code <area href>}, frames, and pagination that a
 * script writes), in page order.
 */
public final class LinkExtractor {
    /** Most government portals run TRS-style CMSs whose list pages write their pager with a script call. */
    private static final Pattern PAGER_CALL = Pattern.compile("createPageHTML\\s*\\(([^()]{0,300})\\)");
    private static final Pattern QUOTED = Pattern.compile("[\"']([^\"']{0,40})[\"']");
    private static final Pattern SUFFIX = Pattern.compile("s?html?");
    private static final int MAX_PAGES = 500;
    // Parsed once: select(String) parses its query on every call (jsoup keeps no cache).
    private static final Evaluator LINKS = QueryParser.parse("a[href], area[href]");
    private static final Evaluator FRAMES = QueryParser.parse("frame[src], iframe[src]");
    private static final Evaluator PAGER_SCRIPTS = QueryParser.parse("script:containsData(createPageHTML)");

    private LinkExtractor() {
    }

    /** Links of {@code html} resolved against {@code baseUrl} (and any {@code <base href>}), without duplicates. */
    public static List<String> links(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl);
        Set<String> out = new LinkedHashSet<>();
        for (Element e : doc.select(LINKS)) {
            add(out, e.absUrl("href"));
        }
        for (Element e : doc.select(FRAMES)) {
            add(out, e.absUrl("src"));
        }
        for (Element script : doc.select(PAGER_SCRIPTS)) {
            scriptedPages(script.data()).forEach(page -> add(out, resolve(doc.location(), page)));
        }
        return List.copyOf(out);
    }

    /**
     * The pages of a script-written pager, {@code createPageHTML(count, current, "index", "html")} (also with a
     * leading element id, or with the count in a variable the script sets): {@code index.html},
     * {@code index_1.html} … {@code index_<count-1>.html}, relative to the page.
     */
    static List<String> scriptedPages(String script) {
        Matcher call = PAGER_CALL.matcher(script);
        if (!call.find()) {
            return List.of();
        }
        String args = call.group(1);
        List<String> quoted = new ArrayList<>();
        Matcher q = QUOTED.matcher(args);
        while (q.find()) {
            quoted.add(q.group(1));
        }
        int suffixAt = -1;
        for (int i = quoted.size() - 1; i > 0 && suffixAt < 0; i--) {
            if (SUFFIX.matcher(quoted.get(i)).matches()) {
                suffixAt = i;
            }
        }
        Integer count = pageCount(args, script);
        if (suffixAt < 0 || count == null || count < 2) {
            return List.of();
        }
        String prefix = quoted.get(suffixAt - 1);
        String suffix = quoted.get(suffixAt);
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < Math.min(count, MAX_PAGES); i++) {
            pages.add(prefix + (i == 0 ? "" : "_" + i) + "." + suffix);
        }
        return pages;
    }

    /** The first unquoted argument: a number, or a variable the script assigns a number to. */
    private static Integer pageCount(String args, String script) {
        for (String arg : args.split(",")) {
            String a = arg.strip();
            if (a.isEmpty() || a.startsWith("\"") || a.startsWith("'")) {
                continue;
            }
            if (a.matches("\\d{1,4}")) {
                return Integer.valueOf(a);
            }
            if (a.matches("[A-Za-z_$][\\w$]{0,40}")) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(a) + "\\s*=\\s*(\\d{1,4})").matcher(script);
                return m.find() ? Integer.valueOf(m.group(1)) : null;
            }
            return null;
        }
        return null;
    }

    private static String resolve(String base, String relative) {
        try {
            return new URI(base).resolve(relative).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null; // a base we cannot resolve against gives no scripted pages, like a broken href
        }
    }

    private static void add(Set<String> out, String abs) {
        String c = UrlCanon.canonical(abs);
        if (c != null) {
            out.add(c);
        }
    }
}
