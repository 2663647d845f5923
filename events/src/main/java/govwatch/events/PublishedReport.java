package govwatch.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A report as published on {@link Topics#REPORTS}, keyed by report id: the same JSON that {@code govwatch analyze}
 * prints for a report. The field names are the subscribers' contract.
 *
 * @param report           whether the document is a government work report (always true on the topic)
 * @param title            the report's title, cleaned
 * @param region           the place that delivers it
 * @param parent           the enclosing region where stated (县/旗/市), else null
 * @param year             the plan year: the year whose targets the report sets
 * @param reviewYear       the year the review part looks back on, else null
 * @param yearEvidence     which evidence decided {@code year} (e.g. "plan-section", "meeting-date")
 * @param meetingDate      ISO date of the congress session, or "yyyy-MM" when only a month is given
 * @param publishedAt      ISO date or date-time the page says it was published, else null
 * @param draft            whether this is the 草案 (draft) version
 * @param session          the session as written, e.g. 第十九届人民代表大会第四次会议
 * @param sourceUrl        where it was read
 * @param contentHash      SHA-256 of the cleaned text
 * @param extractorVersion version of the understanding that produced this
 * @param targets          the quantitative targets of the plan part, in document order
 * @param reason           for a non-report, why it was rejected; else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishedReport(
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

    public PublishedReport {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
