package govwatch.understanding.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Raw HTML → clean article text with paragraph structure. The article body is found by structure
 * ({@link ContentLocator}: the element holding the most paragraph text outside links), not by one site's class
 * names; portal chrome (nav, header, footer, share bars, ICP lines …) is dropped; page metadata (title, PubDate
 * meta, 发布时间 and 来源 lines, site names) is read from the whole page first.
 */
public final class HtmlCleaner {

    private static final Pattern CHROME_ATTR = Pattern.compile(
            "(?:^|[\\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|share|toolbar|sidebar|copyright|topbar|top-bar)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final String[] PUBDATE_META = {
        "PubDate", "pubdate", "publishdate", "PublishDate", "article:published_time", "ArticlePubDate", "firstpublishedtime",
        "publish_date", "dc.date", "DC.Date", "date"};
    private static final String[] SITE_META = {"SiteName", "sitename", "og:site_name", "ColumnName", "Author", "ContentSource"};

    // Parsed once: select(String) parses its query on every call (jsoup keeps no cache), per page and per element.
    private static final Evaluator NOT_TEXT = QueryParser.parse(
            "script, style, noscript, iframe, template, svg, canvas, select, button, input, textarea, object, embed");
    private static final Evaluator PAGE_CHROME = QueryParser.parse("nav, header, footer, aside");
    private static final Evaluator WITH_CLASS_OR_ID = QueryParser.parse("[class], [id]");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");
    private static final Evaluator TITLE_LIKE = QueryParser.parse("h1, h2, h3, [class~=(?i)title], [id~=(?i)title]");

    public CleanedDocument clean(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(NOT_TEXT).remove();
        PageMetadata meta = readHeadMetadata(doc);
        Element body = doc.body();
        List<String> pageLines = TextNormalizer.normalizeLines(BlockText.render(body));
        meta = MetadataLines.read(pageLines, meta);

        String headTitle = findHeadTitle(body, meta.pageTitle());
        body.select(PAGE_CHROME).remove();
        for (Element e : body.select(WITH_CLASS_OR_ID)) {
            String attrs = e.className() + " " + e.id();
            if (e.parent() != null && CHROME_ATTR.matcher(attrs).find() && e.select(PARAGRAPH).size() < 5) {
                e.remove();
            }
        }
        Element content = ContentLocator.locate(body);
        List<String> lines = new ArrayList<>(TextNormalizer.normalizeLines(String.join("\n", LeadIn.before(content))));
        lines.addAll(TextNormalizer.normalizeLines(BlockText.render(content)));
        lines = DocumentCleaner.withoutChrome(lines);
        if (lines.stream().mapToInt(String::length).sum() < 200) {
            lines = DocumentCleaner.withoutChrome(TextNormalizer.normalizeLines(BlockText.render(body)));
        }
        String title = headTitle != null ? headTitle : titleFromPageTitle(meta.pageTitle());
        List<String> out = new ArrayList<>(lines.size() + 1);
        if (title != null && !startsWith(lines, title)) {
            out.add(title);
        }
        out.addAll(lines);
        return new CleanedDocument(out, new PageMetadata(meta.pageTitle(), headTitle, meta.publishedAt(), meta.source(),
                meta.siteHints()));
    }

    private static PageMetadata readHeadMetadata(Document doc) {
        String pageTitle = doc.title().isBlank() ? null : TextNormalizer.normalize(doc.title());
        Map<String, String> metas = metaContents(doc);
        String published = null;
        for (String name : PUBDATE_META) {
            String content = metas.get(name.toLowerCase(Locale.ROOT));
            if (content != null && published == null) {
                published = MetadataLines.isoDate(content);
            }
        }
        List<String> hints = new ArrayList<>();
        for (String name : SITE_META) {
            String content = metas.get(name.toLowerCase(Locale.ROOT));
            if (content != null && !content.isBlank()) {
                hints.add(TextNormalizer.normalize(content));
            }
        }
        return new PageMetadata(pageTitle, null, published, null, hints);
    }

    /**
     * The content of the first {@code <meta>} of each name or property, keyed by the name in lower case: what
     * {@code selectFirst("meta[name=X], meta[property=X]")} finds (jsoup compares the value ignoring case and
     * surrounding space), read in one walk of the document instead of one per name.
     */
    private static Map<String, String> metaContents(Document doc) {
        Map<String, String> contents = new HashMap<>();
        for (Element meta : doc.getElementsByTag("meta")) {
            for (String key : new String[] {"name", "property"}) {
                if (meta.hasAttr(key)) {
                    contents.putIfAbsent(meta.attr(key).trim().toLowerCase(Locale.ROOT), meta.attr("content"));
                }
            }
        }
        return contents;
    }

    /** The article heading: an h1–h3 or title-like element whose text the page title shares, else the first h1. */
    private static String findHeadTitle(Element body, String pageTitle) {
        Elements candidates = body.select(TITLE_LIKE);
        String firstH1 = null;
        for (Element e : candidates) {
            String text = TextNormalizer.normalize(e.text());
            if (text.length() < 4 || text.length() > 120 || text.contains("\n")) {
                continue;
            }
            if (pageTitle != null && pageTitle.contains(text) && !ChromeFilter.isChrome(text)) {
                return text;
            }
            if (firstH1 == null && e.tagName().equals("h1") && !ChromeFilter.isChrome(text)) {
                firstH1 = text;
            }
        }
        return firstH1;
    }

    /** The part of an HTML title that names the article: before "_", "|" or " - " site suffixes. */
    static String titleFromPageTitle(String pageTitle) {
        if (pageTitle == null) {
            return null;
        }
        String t = pageTitle.split("[_|]| - | — ", 2)[0].strip();
        return t.length() >= 4 ? t : null;
    }

    private static boolean startsWith(List<String> lines, String title) {
        String key = title.replace(" ", "").toLowerCase(Locale.ROOT);
        for (int i = 0; i < Math.min(5, lines.size()); i++) {
            String line = lines.get(i).replace(" ", "").toLowerCase(Locale.ROOT);
            if (line.contains(key) || key.contains(line) && line.length() >= 4) {
                return true;
            }
        }
        return false;
    }
}
