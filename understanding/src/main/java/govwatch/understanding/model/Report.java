package govwatch.understanding.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What govwatch understands of one page or document. The field names are the JSON contract of
 * {@code govwatch analyze} and of the {@code govwatch.reports} topic.
 *
 * @param report           whether the document is a government work report (政府工作报告) at all
 * @param title            the report's title, cleaned (letter spacing collapsed)
 * @param region           the place that delivers it, with its official code when resolved; null if not a report or unknown
 * @param parent           the enclosing region: a resolved township-level place's official county (with its code);
 *                         otherwise the 县/旗/市 the page states, else null
 * @param year             the plan year: the year whose targets the report sets
 * @param reviewYear       the year the review part looks back on, else null
 * @param yearEvidence     which evidence decided {@code year} (e.g. "plan-section", "meeting-date")
 * @param meetingDate      ISO date of the congress session, or "yyyy-MM" when only a month is given
 * @param publishedAt      ISO date or date-time the page says it was published, else null
 * @param draft            whether this is the 草案 (draft) version
 * @param session          the session as written, e.g. 第十九届人民代表大会第四次会议
 * @param sourceUrl        where it was read
 * @param contentHash      SHA-256 of the cleaned text, so an unchanged re-fetch is recognised
 * @param extractorVersion version of the understanding that produced this, see {@link #CURRENT_EXTRACTOR_VERSION}
 * @param targets          the quantitative targets of the plan part, in document order
 * @param reason           for a non-report, why it was rejected; else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(
        boolean report,
        String title,
        Region region,
        Region parent,
        Integer year,
        Integer reviewYear,
        String yearEvidence,
        String meetingDate,
        String publishedAt,
        boolean draft,
        String session,
        String sourceUrl,
        String contentHash,
        Integer extractorVersion,
        List<Target> targets,
        String reason) {

    /** Bumped whenever extraction changes what it finds; stored reports of an older version are re-baselined quietly. */
    public static final int CURRENT_EXTRACTOR_VERSION = 7;

    public Report {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** A non-report with the reason it was rejected. */
    public static Report notAReport(String title, String sourceUrl, String contentHash, String reason) {
        return new Report(false, title, null, null, null, null, null, null, null, false, null,
                sourceUrl, contentHash, CURRENT_EXTRACTOR_VERSION, List.of(), reason);
    }

    /**
     * The identity of a report: the place and the plan year. A place resolved to an official unit is its 12-digit
     * code ({@code 150525105000/2024}: 东明镇 of 奈曼旗); any other place is its name, with its parent county where
     * stated since many townships share a name ({@code 南江县青水东镇/2021}, {@code 城关镇/2024}). Null for a non-report.
     */
    @JsonIgnore
    public String id() {
        if (!report || region == null || year == null) {
            return null;
        }
        if (region.code() != null) {
            return region.code() + "/" + year;
        }
        return (parent == null ? "" : parent.name()) + region.name() + "/" + year;
    }
}
