package govwatch.understanding.clean;

import java.util.List;

/**
 * What the page says about itself, outside the article text.
 *
 * @param pageTitle    the HTML {@code <title>} (or null for plain text)
 * @param headTitle    the article heading found by structure (h1/h2/title-like element), else null
 * @param publishedAt  ISO date or date-time from meta tags or 发布时间/发布日期/成文日期 lines, else null
 * @param source       the 来源 line's value (e.g. 伊金霍洛镇人民政府), else null
 * @param siteHints    other short texts naming the site or publisher (header, 主办 line, site-name meta)
 */
public record PageMetadata(String pageTitle, String headTitle, String publishedAt, String source, List<String> siteHints) {

    public PageMetadata {
        siteHints = siteHints == null ? List.of() : List.copyOf(siteHints);
    }

    public static PageMetadata empty() {
        return new PageMetadata(null, null, null, null, List.of());
    }
}
