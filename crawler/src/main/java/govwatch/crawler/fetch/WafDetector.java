package govwatch.crawler.fetch;

import java.util.regex.Pattern;

/**
 * Recognises the challenge pages that web application firewalls in front of government portals serve
 * instead of content (访问验证, 安全验证, 滑动验证 ...). Such a page is a fetch error, never a page event.
 */
public final class WafDetector {
    private static final Pattern TITLE = Pattern.compile(
            "<title[^>]*>[^<]*(访问验证|安全验证|人机验证|滑动验证|安全检测|访问受限|请稍候|Just a moment)[^<]*</title>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT = Pattern.compile("<script", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAGS = Pattern.compile("(?s)<script.*?</script>|<style.*?</style>|<[^>]+>");
    private static final int TINY_TEXT = 64;

    private WafDetector() {
    }

    /** Whether {@code html} (with status {@code status}) is a challenge rather than content. */
    public static boolean isChallenge(int status, String html) {
        if (TITLE.matcher(html).find()) {
            return true;
        }
        // Blocking statuses with a script-only body: the JS challenge of Chinese CDNs (often 412 or 521).
        boolean blockingStatus = status == 403 || status == 412 || status == 521 || status == 202;
        return blockingStatus && SCRIPT.matcher(html).find() && visibleText(html).length() < TINY_TEXT;
    }

    private static String visibleText(String html) {
        return TAGS.matcher(html).replaceAll("").replaceAll("\\s+", "");
    }
}
