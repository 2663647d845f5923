package govwatch.crawler.discovery;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The date a list page shows beside each link — {@code <li><a href=…>title</a><span>2025-03-02</span></li>}, a table
 * row with the date in the next cell, a date before the link — read as the portal's word that the article was
 * published or revised then. Linear and bounded: around each link at most {@value #SIBLINGS} sibling nodes on each
 * side are read, at its own level and its parent's, each for at most {@value #WINDOW} characters and
 * {@value #NODES} nodes; a read stops at the next link and never climbs past a list item ({@code li}, {@code tr},
 * {@code dd}, {@code dt}), so a date is not taken from a neighbour's entry.
 */
public final class ListDates {
    /** Chinese portals write local dates: a bare date is the start of that day in this zone. */
    public static final ZoneId PORTAL_ZONE = ZoneId.of("Asia/Shanghai");
    static final int WINDOW = 64;
    static final int NODES = 32;
    private static final Evaluator LINKS = QueryParser.parse("a[href]"); // once: select(String) parses it every call
    private static final int SIBLINGS = 3;
    private static final int LEVELS = 2;
    private static final Set<String> ITEMS = Set.of("li", "tr", "dd", "dt", "ul", "ol", "table", "tbody", "body");
    private static final Pattern DATE = Pattern.compile("((?:19|20)\\d{2})\\s?[-/.年]\\s?(\\d{1,2})\\s?[-/.月]\\s?(\\d{1,2})"
            + "(?:\\s?日)?(?:\\s{1,3}(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

    private ListDates() {
    }

    /**
     * The dated links of {@code html} (canonical URLs, resolved against {@code baseUrl}); a link shown twice keeps
     * its latest date. Links without a date nearby are absent.
     */
    public static Map<String, Instant> dates(String html, String baseUrl) {
        Map<String, Instant> out = new HashMap<>();
        for (Element a : Jsoup.parse(html, baseUrl).select(LINKS)) {
            String url = UrlCanon.canonical(a.absUrl("href"));
            Instant date = url == null ? null : near(a);
            if (date != null) {
                out.merge(url, date, (x, y) -> x.isAfter(y) ? x : y);
            }
        }
        return out;
    }

    /** The first date after, then before, the link; then the same around its cell or span. */
    private static Instant near(Element link) {
        Node node = link;
        for (int level = 0; level < LEVELS && node != null && !ITEMS.contains(node.nodeName()); level++) {
            for (boolean after : new boolean[] {true, false}) {
                Node sibling = node;
                for (int i = 0; i < SIBLINGS; i++) {
                    sibling = after ? sibling.nextSibling() : sibling.previousSibling();
                    if (sibling == null) {
                        break;
                    }
                    Text text = text(sibling);
                    Instant date = parse(text.chars());
                    if (date != null) {
                        return date;
                    }
                    if (text.hitLink()) {
                        break;
                    }
                }
            }
            node = node.parent();
        }
        return null;
    }

    private record Text(CharSequence chars, boolean hitLink) {
    }

    /** At most {@value #WINDOW} characters of a node's text, up to the first link inside it. */
    private static Text text(Node root) {
        StringBuilder sb = new StringBuilder();
        boolean[] hitLink = {false};
        int[] nodes = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++nodes[0] > NODES || sb.length() >= WINDOW) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element e && e.nameIs("a") && e.hasAttr("href")) {
                    hitLink[0] = true;
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    sb.append(s, 0, Math.min(s.length(), WINDOW - sb.length())).append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return new Text(sb, hitLink[0]);
    }

    /** The date in {@code text}: with its time when one is written, else the start of that day. */
    static Instant parse(CharSequence text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return day.atStartOfDay(PORTAL_ZONE).toInstant();
            }
            return day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6))).atZone(PORTAL_ZONE).toInstant();
        } catch (DateTimeException e) {
            return null; // 2025-13-40 is no date
        }
    }
}
