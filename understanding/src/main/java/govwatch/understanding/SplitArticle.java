package govwatch.understanding;

import govwatch.understanding.clean.CleanedDocument;
import govwatch.understanding.clean.DocumentCleaner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article split over several pages ({@code t20240104_1002.html}, {@code t20240104_1002_1.html}, {@code _2.html} …;
 * {@code index.html}, {@code index_1.html} …) read as one document. Pure functions, no I/O.
 *
 * <p>What the crawler must do: when a fetched page links to continuation pages
 * ({@link #continuations(String, Collection)} is not empty), fetch them too and publish ONE page event for the
 * article — the first page's URL, content type {@code text/plain}, body {@code join(parts).body()} — instead of one
 * event per part, so the report is understood whole (the plan part often sits on the last page).
 */
public final class SplitArticle {

    private static final Pattern PAGE = Pattern.compile("^(.*?)(\\.s?html?)$");
    /** At most this many continuation pages are read after the first. */
    public static final int MAX_PARTS = 50;
    /** Pager lines each part repeats: 上一页 1 2 3 下一页, 共3页, 第2页. */
    private static final Pattern PAGER = Pattern.compile("^(?:上一页|下一页|首页|尾页|末页|第\\s*\\d{1,2}\\s*页|共\\s*\\d{1,2}\\s*页|\\d{1,2}|[\\s|/>»«<])++$"); // possessive: linear
    private static final int REPEATED_LINE = 80;

    private SplitArticle() {
    }

    /**
     * The continuation pages of {@code url} among its page's {@code links}, in page order: for {@code …/t2024_1002.html}
     * the links {@code …/t2024_1002_1.html}, {@code _2.html} …, up to {@value #MAX_PARTS}; empty when the page is not
     * split. Queries and fragments are ignored.
     */
    public static List<String> continuations(String url, Collection<String> links) {
        Matcher page = PAGE.matcher(strip(url));
        if (!page.matches()) {
            return List.of();
        }
        Pattern part = Pattern.compile(Pattern.quote(page.group(1)) + "_(\\d{1,2})" + Pattern.quote(page.group(2)));
        TreeMap<Integer, String> byNumber = new TreeMap<>();
        for (String link : links) {
            Matcher m = part.matcher(strip(link));
            if (m.matches() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= MAX_PARTS) {
                byNumber.putIfAbsent(Integer.valueOf(m.group(1)), strip(link));
            }
        }
        return List.copyOf(byNumber.values());
    }

    /**
     * One document from the parts of a split article, first part first: each part is cleaned, the first part's title
     * and publication time lead, and lines a later part repeats from an earlier one (title, metadata, chrome) or pager
     * lines are dropped. The result is plain text at the first part's URL.
     */
    public static SourceDocument join(List<SourceDocument> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a split article needs at least its first page");
        }
        DocumentCleaner cleaner = new DocumentCleaner();
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            SourceDocument p = parts.get(i);
            CleanedDocument clean = cleaner.clean(p.body(), p.contentType());
            if (i == 0) {
                String title = clean.metadata().headTitle();
                if (title != null && (clean.lines().isEmpty() || !clean.lines().get(0).equals(title))) {
                    out.add(title);
                }
                if (clean.metadata().publishedAt() != null) {
                    out.add("发布时间：" + clean.metadata().publishedAt().replace('T', ' '));
                }
            }
            for (String line : clean.lines()) {
                boolean repeated = i > 0 && line.length() <= REPEATED_LINE && seen.contains(line);
                if (!repeated && !(line.length() <= REPEATED_LINE && PAGER.matcher(line).matches())) {
                    out.add(line);
                }
                if (line.length() <= REPEATED_LINE) {
                    seen.add(line);
                }
            }
        }
        return new SourceDocument(parts.get(0).url(), "text/plain", String.join("\n", out));
    }

    private static String strip(String url) {
        int cut = url.length();
        int q = url.indexOf('?');
        int h = url.indexOf('#');
        if (q >= 0) {
            cut = q;
        }
        if (h >= 0 && h < cut) {
            cut = h;
        }
        return url.substring(0, cut);
    }
}
