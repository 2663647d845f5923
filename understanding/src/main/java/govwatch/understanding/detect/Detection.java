package govwatch.understanding.detect;

import govwatch.understanding.model.Region;

/**
 * What the detector decided about a document.
 *
 * @param report  whether it is a government work report
 * @param reason  why not, for a non-report; else null
 * @param title   the report title (or the page's title for a non-report)
 * @param region  the region delivering it, or null
 * @param parent  the enclosing region where stated, or null
 * @param meeting the meeting line information (never null)
 * @param draft   whether it is the 草案
 */
public record Detection(boolean report, String reason, String title, Region region, Region parent, MeetingInfo meeting,
                        boolean draft) {

    static Detection rejected(String title, String reason) {
        return new Detection(false, reason, title, null, null, new MeetingInfo(null, null, null, false), false);
    }
}
