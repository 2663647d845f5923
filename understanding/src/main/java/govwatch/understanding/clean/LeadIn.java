package govwatch.understanding.clean;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The report's title and meeting line when a template puts them in short blocks before the body container
 * ({@code <div class="title">政 府 工 作 报 告</div><div>----2024年1月10日在…会议上</div><div class="text">…}): the
 * densest block then holds only the body. Only preceding siblings (of the body or its ancestors, a few levels up) that
 * read like a title or a meeting line are taken, so navigation and breadcrumbs stay out.
 */
final class LeadIn {

    private static final Pattern TITLE_OR_MEETING = Pattern.compile("工作报告|会议上|人民代表大会");
    private static final int MAX_SIBLINGS = 4;
    private static final int MAX_LEVELS = 3;
    private static final int MAX_LINE = 80;

    private LeadIn() {
    }

    /** Normalized lines to put before the body's lines, in document order (may be empty). */
    static List<String> before(Element content) {
        Deque<String> lines = new ArrayDeque<>();
        Element e = content;
        for (int level = 0; level < MAX_LEVELS && e != null && !e.normalName().equals("body"); level++) {
            Element sib = e.previousElementSibling();
            for (int n = 0; n < MAX_SIBLINGS && sib != null; n++, sib = sib.previousElementSibling()) {
                String text = TextNormalizer.normalize(sib.text()).strip();
                if (!text.isEmpty() && text.length() <= MAX_LINE
                        && TITLE_OR_MEETING.matcher(text.replace(" ", "")).find()) {
                    lines.addFirst(text);
                }
            }
            e = e.parent();
        }
        return List.copyOf(lines);
    }
}
