package govwatch.streams;

import govwatch.events.PageEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page record must have before it is understood: a URL (the JSON serde already refuses a number where a
 * string belongs), a successful HTTP status and a body. A record that parses but is no page is a dead letter of
 * stage {@code validation}, never a report with {@code sourceUrl: null}.
 */
final class PageValidation {

    private PageValidation() {
    }

    /** The page itself, when valid. */
    static PageEvent requireValid(String key, PageEvent page) {
        List<String> problems = problems(page);
        if (!problems.isEmpty()) {
            throw new InvalidPageException("not a page record (key " + key + "): " + String.join("; ", problems));
        }
        return page;
    }

    static List<String> problems(PageEvent page) {
        List<String> out = new ArrayList<>();
        if (page == null) {
            out.add("the value is empty");
            return out;
        }
        if (page.url() == null || page.url().isBlank()) {
            out.add("url is missing");
        }
        if (page.status() < 200 || page.status() > 299) {
            out.add("status " + page.status() + " is not a successful HTTP status (200-299)");
        }
        if (page.body() == null) {
            out.add("body is missing");
        }
        return out;
    }

    /** A record that is not a page. */
    static final class InvalidPageException extends RuntimeException {
        InvalidPageException(String message) {
            super(message);
        }
    }
}
