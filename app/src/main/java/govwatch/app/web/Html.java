package govwatch.app.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Writing HTML safely. Every text the pages show comes from hostile portals (titles, clauses, place names, URLs):
 * it goes through {@link #text} or {@link #href}, never into the page as it is.
 */
final class Html {

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;margin:0;\
            color:#1d2733;background:#f6f7f9}
            header{background:#1f3a5f;color:#fff;padding:.6em 1.2em;display:flex;gap:1.5em;align-items:center}
            header a{color:#fff;text-decoration:none;font-weight:bold}
            header form{margin-left:auto}
            main{padding:1em 1.5em;max-width:1100px}
            table{border-collapse:collapse;background:#fff;margin:.5em 0 1.5em}
            th,td{border:1px solid #d5dae1;padding:.3em .6em;text-align:left;vertical-align:top;font-size:14px}
            th{background:#e9edf2}
            .missing{color:#a3261b}.published{color:#1f7a3a}.draft{color:#8a5a00}
            figure{display:inline-block;margin:0 1em 1em 0;background:#fff;border:1px solid #d5dae1;padding:.5em}
            figcaption{font-size:14px;font-weight:bold}
            .note{color:#5b6776;font-size:13px}
            """;

    private Html() {
    }

    /** {@code s} as HTML text, safe in element content and in quoted attribute values; "" for null. */
    static String text(Object s) {
        if (s == null) {
            return "";
        }
        String in = s.toString();
        StringBuilder out = new StringBuilder(in.length() + 16);
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * A link to a source page: only an absolute http or https URL becomes a link ({@code javascript:} and the like
     * are shown as text), opened without giving the portal a handle on this page.
     */
    static String sourceLink(String url, String label) {
        if (url == null) {
            return "";
        }
        if (!isWeb(url)) {
            return text(url);
        }
        return "<a class=\"source\" rel=\"noopener noreferrer nofollow\" href=\"" + text(url) + "\">" + text(label)
                + "</a>";
    }

    /** A link within this site: {@code path} is ours, the parameter value is encoded. */
    static String link(String path, String param, String value, String label) {
        return "<a href=\"" + text(path + "?" + param + "=" + query(value)) + "\">" + text(label) + "</a>";
    }

    /** {@code s} encoded for a query parameter. */
    static String query(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A whole page: the header with the search box, then {@code body} (already safe HTML). */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + text(title) + " · govwatch</title><style>" + STYLE + "</style></head><body>"
                + "<header><a href=\"/\">govwatch</a><a href=\"/county\">覆盖 coverage</a>"
                + "<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" "
                + "placeholder=\"地名 place name\" aria-label=\"place name\"> <button type=\"submit\">搜索 search</button>"
                + "</form></header><main><h1>" + text(title) + "</h1>" + body + "</main></body></html>\n";
    }

    private static boolean isWeb(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
