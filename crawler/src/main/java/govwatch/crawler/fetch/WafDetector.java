package govwatch.crawler.fetch;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the challenge pages that web application firewalls in front of government portals serve
 * instead of content (访问验证, 安全验证, 滑动验证 ...), whatever the status (200, 202, 403, 412, 503, 521 ...).
 * Such a page is a fetch error, never a page event. Linear in the size of the page.
 */
public final class WafDetector {
    /** Challenge pages are small; an error body is only looked at up to here. */
    static final int ERROR_BODY_PREFIX = 64 * 1024;
    private static final Pattern KEYWORDS = Pattern.compile("访问验证|安全验证|人机验证|滑动验证|安全检测|访问受限|请稍候|Just a moment",
            Pattern.CASE_INSENSITIVE);
    // [^<>]* and [^<]* stop at the next '<': every character is scanned by at most one title candidate.
    private static final Pattern TITLE = Pattern.compile("<title[^<>]*>([^<]*)</title>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT = Pattern.compile("<script", Pattern.CASE_INSENSITIVE);
    private static final int TINY_TEXT = 64;

    private WafDetector() {
    }

    /** Whether {@code html} (with status {@code status}) is a challenge rather than content. */
    public static boolean isChallenge(int status, String html) {
        Matcher title = TITLE.matcher(html);
        while (title.find()) {
            if (KEYWORDS.matcher(title.group(1)).find()) {
                return true;
            }
        }
        // Blocking statuses with a script-only body: the JS challenge of Chinese CDNs (often 412 or 521).
        boolean blockingStatus = status == 403 || status == 412 || status == 521 || status == 202;
        return blockingStatus && SCRIPT.matcher(html).find() && !hasVisibleText(html, TINY_TEXT);
    }

    /**
     * {@link #isChallenge(int, String)} for a non-2xx response's raw body: its first {@value #ERROR_BODY_PREFIX}
     * bytes decoded with the header charset (or what the bytes declare).
     */
    public static boolean isChallenge(int status, byte[] body, String headerCharset) {
        if (body.length == 0) {
            return false;
        }
        boolean cut = body.length > ERROR_BODY_PREFIX;
        byte[] head = cut ? Arrays.copyOf(body, ERROR_BODY_PREFIX) : body;
        return isChallenge(status, CharsetSniffer.decode(head, CharsetSniffer.decide(head, headerCharset, null), cut));
    }

    /**
     * Whether the page has at least {@code min} non-blank characters outside tags, scripts and styles. One pass:
     * an unclosed script, style or tag ends the scan instead of being searched for again at every later '<'.
     */
    static boolean hasVisibleText(String html, int min) {
        String lower = html.toLowerCase(Locale.ROOT);
        int visible = 0;
        int i = 0;
        int n = lower.length();
        while (i < n) {
            char c = lower.charAt(i);
            if (c == '<') {
                int end;
                if (lower.startsWith("<script", i)) {
                    end = close(lower, i, "</script>");
                } else if (lower.startsWith("<style", i)) {
                    end = close(lower, i, "</style>");
                } else {
                    int gt = lower.indexOf('>', i + 1);
                    if (gt < 0) {
                        // No '>' anywhere after: no later '<' starts a tag either; the rest is text.
                        return visible + nonBlank(lower, i, n) >= min;
                    }
                    end = gt + 1;
                }
                if (end < 0) {
                    return visible >= min; // an unclosed script or style runs to the end
                }
                i = end;
            } else {
                if (!Character.isWhitespace(c) && ++visible >= min) {
                    return true;
                }
                i++;
            }
        }
        return visible >= min;
    }

    private static int close(String lower, int from, String closing) {
        int at = lower.indexOf(closing, from);
        return at < 0 ? -1 : at + closing.length();
    }

    private static int nonBlank(String s, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
