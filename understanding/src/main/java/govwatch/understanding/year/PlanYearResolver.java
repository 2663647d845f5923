package govwatch.understanding.year;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the plan year (the year whose targets the report sets) and the reviewed year from the section headings,
 * the meeting date and the title together. Order of evidence for the plan year: the year in the plan heading
 * (2024年工作安排); the review heading's year + 1 (a heading inside a run-on paragraph counts too); the meeting date (a meeting in October–December plans the next
 * year, otherwise its own); the title's year; the year most named in the plan part; the publication date. The
 * reviewed year is the review heading's year, else the year before the plan year.
 */
public final class PlanYearResolver {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final int LATE_MONTH = 10;
    /** The review heading written inside a run-on paragraph (一、2019年工作回顾 即将过去的一年…). */
    private static final Pattern REVIEW_PHRASE = Pattern.compile("(\\d{4})年(?:和今年以来|及今年以来)?工作回顾");
    private static final int PHRASE_LINES = 30;
    private static final int PHRASE_CHARS = 3000;

    private PlanYearResolver() {
    }

    public static YearResolution resolve(Sections sections, List<String> lines, String title, String meetingDate,
                                         String publishedAt) {
        Integer meetingYear = meetingDate == null ? null : Integer.parseInt(meetingDate.substring(0, 4));
        Integer meetingMonth = meetingDate == null ? null : Integer.parseInt(meetingDate.substring(5, 7));
        Integer titleYear = title == null ? null : firstYear(title);
        Integer plan = sections.planYear();
        Integer review = sections.reviewYear() != null ? sections.reviewYear() : reviewPhrase(lines);
        String evidence;
        if (plan != null) {
            evidence = "plan-section";
        } else if (review != null) {
            plan = review + 1;
            evidence = "review-section";
        } else if (meetingYear != null) {
            plan = meetingMonth >= LATE_MONTH ? meetingYear + 1 : meetingYear;
            evidence = "meeting-date";
        } else if (titleYear != null) {
            plan = titleYear;
            evidence = "title";
        } else {
            plan = mostNamedYear(sections.planLines(lines));
            evidence = "plan-text";
            if (plan == null && publishedAt != null) {
                plan = Integer.parseInt(publishedAt.substring(0, 4));
                evidence = "published-date";
            }
        }
        // A work report reviews the year before the one it plans, even when its review heading names no year
        // (过去一年, 2022年主要工作 read as neither part) or the page holds only part of the report.
        if (review == null && plan != null) {
            review = plan - 1;
        }
        if (review != null && plan != null && review >= plan) {
            review = plan - 1;
        }
        return new YearResolution(plan, review, plan == null ? null : evidence);
    }

    /** The year of a review heading found anywhere in the opening lines, or null. */
    private static Integer reviewPhrase(List<String> lines) {
        for (int i = 0; i < Math.min(PHRASE_LINES, lines.size()); i++) {
            String line = lines.get(i);
            Matcher m = REVIEW_PHRASE.matcher(line.length() > PHRASE_CHARS ? line.substring(0, PHRASE_CHARS) : line);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    private static Integer firstYear(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Integer mostNamedYear(List<String> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        Integer best = null;
        int bestCount = 0;
        for (String line : lines) {
            Matcher m = YEAR.matcher(line.length() > 20_000 ? line.substring(0, 20_000) : line);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (y < 1949 || y > 2100) {
                    continue;
                }
                int c = counts.merge(y, 1, Integer::sum);
                if (c > bestCount) {
                    best = y;
                    bestCount = c;
                }
            }
        }
        return best;
    }
}
