package govwatch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WafDetectorTest {
    private static final String JS_CHALLENGE = "<html><head><script>var _0x1=['\\x63'];document.cookie='a=b';location.reload()"
            + "</script></head><body></body></html>";

    @Test
    void recognisesTitledAndScriptOnlyChallengesButNotContent() {
        assertThat(WafDetector.isChallenge(200, "<html><title>安全验证</title><body>x</body></html>")).isTrue();
        assertThat(WafDetector.isChallenge(412, JS_CHALLENGE)).isTrue();
        assertThat(WafDetector.isChallenge(521, JS_CHALLENGE.getBytes(StandardCharsets.UTF_8), null)).isTrue();
        assertThat(WafDetector.isChallenge(200, JS_CHALLENGE)).isFalse(); // a script-heavy page served normally
        assertThat(WafDetector.isChallenge(403, "<html><script>x()</script><style>p{}</style><p>" + "正文".repeat(40)
                + "</p></html>")).isFalse();
        assertThat(WafDetector.isChallenge(404, "<html><title>404</title></html>".getBytes(StandardCharsets.UTF_8), null)).isFalse();
    }

    @Test
    void timeIsLinearInTheBodyEvenWithManyUnclosedTags() {
        String scripts = "<script>".repeat(300_000);          // 2.4 MB of unclosed scripts
        String styles = "<style a".repeat(300_000);           // unclosed styles and tags
        String titles = "<title>" + "请稍候".repeat(300_000);   // a huge unclosed title full of keywords

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(WafDetector.isChallenge(403, scripts)).isTrue();
            assertThat(WafDetector.isChallenge(403, styles)).isFalse();
            assertThat(WafDetector.isChallenge(403, titles)).isFalse();
            assertThat(WafDetector.isChallenge(412, (scripts + styles + titles).getBytes(StandardCharsets.UTF_8), "utf-8")).isTrue();
        });
    }
}
