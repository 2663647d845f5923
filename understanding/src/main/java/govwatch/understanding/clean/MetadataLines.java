package govwatch.understanding.clean;

import govwatch.understanding.text.Cjk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads page metadata from text lines: 发布时间/发布日期/成文日期 dates, 来源 and 主办 lines, site-name headers. */
public final class MetadataLines {

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})日?(?:\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    /** A date label, its separator written as a colon or as a table cell ([ 发布日期 ] | 2024-02-22 |). */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(发布时间|发布日期|公开日期|成文日期|发文日期|日期|时间)\\s*[\\]】]?\\s*(?:[:：]\\s*\\|?|\\|)\\s*");
    /** Publication labels outrank the document's own date (成文/发文日期) and bare 日期/时间. */
    private static final List<String> LABEL_RANK = List.of("发布时间", "发布日期", "公开日期", "日期", "时间", "成文日期", "发文日期");
    private static final Pattern LEADING_DATE_SOURCE = Pattern.compile("^\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*来源");
    /** A line holding only a date (or date-time), as portals print it alone above the 来源 line or under its label. */
    private static final Pattern DATE_ONLY = Pattern.compile("^\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$");
    private static final Pattern SOURCE = Pattern.compile(
            "(?:信息来源|文章来源|来源|发文机关|发布机构)\\s*[\\]】]?\\s*(?:[:：]\\s*\\|?|\\|)\\s*([^\\s|，,]{2,30})");
    private static final Pattern SPONSOR = Pattern.compile("^(?:主办|主办单位)\\s*[:：]\\s*([^\\s|，,]{2,30})");
    private static final Pattern SITE = Pattern.compile("(" + Cjk.IDEOGRAPH + "{2,20}人民政府)(?:欢迎您|门户网站|网站|办公室)?");
    /** A site header (XX人民政府门户网站) or copyright line names the publisher even when it is not link chrome. */
    private static final Pattern SITE_LINE = Pattern.compile("^(?:版权所有|主办)|^" + Cjk.IDEOGRAPH + "{2,20}人民政府(?:门户网站|网站)?$");
    private static final int HEAD_LINES = 40;
    /** A better-ranked date label overrides a found one only within the same metadata block. */
    private static final int NEAR_LINES = 8;

    private MetadataLines() {
    }

    /** Scans the given lines (whole page, in order) and fills in what is found; {@code base} values win. */
    public static PageMetadata read(List<String> lines, PageMetadata base) {
        String published = base.publishedAt();
        int publishedRank = published == null ? Integer.MAX_VALUE : -1;
        int publishedLine = -1;
        String source = base.source();
        List<String> hints = new ArrayList<>(base.siteHints());
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            String line = lines.get(i);
            if (line.length() > 120) {
                continue;
            }
            Matcher label = PUBLISHED_LABEL.matcher(line);
            boolean labelled = false;
            boolean near = publishedLine < 0 || i - publishedLine <= NEAR_LINES;
            while (publishedRank > 0 && near && label.find()) {
                labelled = true;
                int rank = LABEL_RANK.indexOf(label.group(1));
                String rest = line.substring(label.end());
                String date = rank >= publishedRank ? null : rest.isBlank() && i + 1 < n
                        && DATE_ONLY.matcher(lines.get(i + 1).strip()).find() ? isoDate(lines.get(i + 1)) : isoDate(rest);
                if (date != null) {
                    published = date;
                    publishedRank = rank;
                    publishedLine = publishedLine < 0 ? i : publishedLine;
                }
            }
            boolean dateAboveSource = DATE_ONLY.matcher(line.strip()).find() && i + 1 < n
                    && lines.get(i + 1).strip().startsWith("来源");
            if (published == null && !labelled && (LEADING_DATE_SOURCE.matcher(line).find() || dateAboveSource)) {
                published = isoDate(line);
                publishedRank = LABEL_RANK.size();
            }
            Matcher s = SOURCE.matcher(line);
            if (source == null && s.find()) {
                source = s.group(1);
            }
            Matcher sp = SPONSOR.matcher(line);
            if (sp.find()) {
                hints.add(sp.group(1));
            } else if ((i < HEAD_LINES || i >= n - HEAD_LINES) && line.length() <= 60
                    && (line.length() <= 40 && ChromeFilter.isChrome(line) || SITE_LINE.matcher(line).find())) {
                Matcher site = SITE.matcher(line);
                if (site.find()) {
                    hints.add(site.group(1));
                }
            }
        }
        return new PageMetadata(base.pageTitle(), base.headTitle(), published, source, hints);
    }

    /** The first date (or date-time) in the text as ISO {@code yyyy-MM-dd} or {@code yyyy-MM-ddTHH:mm:ss}; null if none. */
    public static String isoDate(String text) {
        Matcher m = DATE_TIME.matcher(text);
        if (!m.find()) {
            return null;
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        String date = String.format("%s-%02d-%02d", m.group(1), month, day);
        if (m.group(4) == null) {
            return date;
        }
        String sec = m.group(6) == null ? "00" : m.group(6);
        return String.format("%sT%02d:%s:%s", date, Integer.parseInt(m.group(4)), m.group(5), sec);
    }
}
