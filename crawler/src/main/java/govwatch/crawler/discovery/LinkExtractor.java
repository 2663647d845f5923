package govwatch.crawler.discovery;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The canonical http(s) links of an HTML page ({@code <a href>}, {@code <area href>}, frames), in page order. */
public final class LinkExtractor {
    private LinkExtractor() {
    }

    /** Links of {@code html} resolved against {@code baseUrl} (and any {@code <base href>}), without duplicates. */
    public static List<String> links(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl);
        Set<String> out = new LinkedHashSet<>();
        for (Element e : doc.select("a[href], area[href]")) {
            add(out, e.absUrl("href"));
        }
        for (Element e : doc.select("frame[src], iframe[src]")) {
            add(out, e.absUrl("src"));
        }
        return List.copyOf(out);
    }

    private static void add(Set<String> out, String abs) {
        String c = UrlCanon.canonical(abs);
        if (c != null) {
            out.add(c);
        }
    }
}
