package govwatch.understanding.detect;

import govwatch.understanding.clean.CleanedDocument;
import govwatch.understanding.clean.PageMetadata;
import govwatch.understanding.model.Level;
import govwatch.understanding.model.Region;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a cleaned document is a government work report (政府工作报告) and of what: title, region and
 * level, parent region, meeting date and session, draft flag. Look-alikes are rejected with a reason.
 */
public final class ReportDetector {

    private static final Pattern REPORT_TITLE = Pattern.compile("政府工作报告|办事处(?:\\d{4}年度?)?工作报告|政 *府 *工 *作 *报 *告");
    private static final Pattern TITLE_REGION = Pattern.compile(
            "([^\\s，,。:：]{2,40}?)(?:\\d{4}年度?)?(?:人民)?(?:政府|办事处)(?:\\d{4}年度?)?工作报告");
    /** A title that names a report without saying whose (工作报告, 青石乡2025年工作报告, 在…会议上的报告): needs the structure. */
    private static final Pattern WEAK_TITLE = Pattern.compile("(?:工作报告|会议上的报告)\\s*(?:[(（][^)）]{1,8}[)）])?$");
    private static final Pattern WEAK_TITLE_REGION = Pattern.compile("^([^\\s，,。:：]{2,40}?)(?:\\d{4}年度?)?工作报告");
    private static final Pattern DRAFT = Pattern.compile("草案|征求意见稿|讨论稿|送审稿");
    private static final String NO_PLACE = "a work report by its title or structure, but no place is named in it";
    private static final int TITLE_LINES = 12;
    private static final int MAX_TITLE = 80;
    private static final int DRAFT_LINES = 8;

    public Detection detect(CleanedDocument doc) {
        List<String> lines = doc.lines();
        PageMetadata meta = doc.metadata();
        ReportStructure structure = ReportStructure.read(lines);
        String rawTitle = findTitle(lines, meta);
        if (rawTitle == null && structure.isGovernmentReport()) {
            rawTitle = findWeakTitle(lines);
        }
        String title = ReportTitle.tidy(rawTitle);
        String shown = meta.headTitle() != null ? meta.headTitle() : lines.isEmpty() ? meta.pageTitle() : lines.get(0);
        if (title == null && (UntitledReport.looksLikeOne(lines) || structure.isGovernmentReport())) {
            String lookAlike = shown == null ? null : LookAlikes.rejectReason(shown, lines, structure);
            return lookAlike != null ? Detection.rejected(shown, lookAlike) : untitled(lines, structure);
        }
        if (title == null) {
            String lookAlike = shown == null ? null : LookAlikes.rejectReason(shown, lines, structure);
            return Detection.rejected(shown, lookAlike != null && !lookAlike.startsWith("the page mentions")
                    ? lookAlike : "no work report title (政府工作报告) and no report structure (我代表…向大会报告工作) on the page");
        }
        String reason = LookAlikes.rejectReason(title, lines, structure);
        if (reason != null) {
            return Detection.rejected(title, reason);
        }
        MeetingInfo meeting = MeetingInfo.read(rawTitle, lines);
        boolean draft = DRAFT.matcher(title).find() || headContains(lines, DRAFT);

        Region region = null;
        Region parent = null;
        Matcher tm = TITLE_REGION.matcher(title);
        if (!tm.find()) {
            tm = WEAK_TITLE_REGION.matcher(title);
        }
        if (tm.find(0)) {
            region = RegionNames.innermost(tm.group(1));
            parent = RegionNames.outer(tm.group(1));
        }
        if (region == null && meeting.regionText() != null) {
            region = RegionNames.innermost(meeting.regionText());
            parent = RegionNames.outer(meeting.regionText());
        }
        if (region == null && meeting.national()) {
            region = new Region("国务院", Level.NATIONAL);
        }
        if (region == null) {
            region = RegionGuesser.fromNamingPositions(lines);
        }
        Region published = publisher(meta);
        if (region == null && published != null && RegionGuesser.rank(published.level()) == 0) {
            region = published;
        }
        if (region == null) {
            region = RegionGuesser.byFrequency(lines);
        }
        if (region == null) {
            region = published;
        }
        if (region == null) {
            return Detection.rejected(title, NO_PLACE);
        }
        if (region.name().contains("XX") || region.name().contains("××")) {
            return Detection.rejected(title, "a template with XX placeholders, not a real report");
        }
        if (parent == null && region != null) {
            parent = RegionGuesser.parent(region, meta, lines);
        }
        return new Detection(true, null, title, region, parent, meeting, draft);
    }

    /** A report page that starts at its meeting line, without a title: region and parent from the meeting line. */
    private static Detection untitled(List<String> lines, ReportStructure structure) {
        String reason = LookAlikes.rejectReason("", lines, structure);
        if (reason != null) {
            return Detection.rejected(null, reason);
        }
        MeetingInfo meeting = MeetingInfo.read(null, lines);
        Region region = meeting.regionText() == null ? null : RegionNames.innermost(meeting.regionText());
        Region parent = meeting.regionText() == null ? null : RegionNames.outer(meeting.regionText());
        if (region == null) {
            region = RegionGuesser.fromNamingPositions(lines);
        }
        if (region == null) {
            region = RegionGuesser.byFrequency(lines);
        }
        if (region == null) {
            return Detection.rejected(null, NO_PLACE);
        }
        return new Detection(true, null, null, region, parent, meeting, headContains(lines, DRAFT));
    }

    /** A title that names a report but not whose: accepted only when the text has a report's structure. */
    private static String findWeakTitle(List<String> lines) {
        for (int i = 0; i < Math.min(TITLE_LINES, lines.size()); i++) {
            String line = lines.get(i);
            if (line.length() <= MAX_TITLE && WEAK_TITLE.matcher(line).find() && !ReportTitle.notATitle(line)) {
                return line;
            }
        }
        return null;
    }

    /** The publisher named by the page (来源 line, then site header or name), or null. */
    private static Region publisher(PageMetadata meta) {
        Region r = meta.source() == null ? null
                : RegionNames.innermost(meta.source().replaceAll("(?:人民政府|政府办公室|政府办|办公室|党政办)$", ""));
        return r != null ? r : RegionGuesser.fromHints(meta.siteHints(), null);
    }

    private static String findTitle(List<String> lines, PageMetadata meta) {
        if (meta.headTitle() != null && REPORT_TITLE.matcher(meta.headTitle()).find()) {
            return meta.headTitle();
        }
        for (int i = 0; i < Math.min(TITLE_LINES, lines.size()); i++) {
            String line = lines.get(i);
            if (line.length() <= MAX_TITLE && REPORT_TITLE.matcher(line).find() && !ReportTitle.notATitle(line)) {
                return line;
            }
        }
        return null;
    }

    private static boolean headContains(List<String> lines, Pattern p) {
        for (int i = 0; i < Math.min(DRAFT_LINES, lines.size()); i++) {
            if (lines.get(i).length() <= MAX_TITLE && p.matcher(lines.get(i)).find()) {
                return true;
            }
        }
        return false;
    }
}
