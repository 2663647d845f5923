package govwatch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {
    @Test
    void controlCharactersAreEscapedAndTheRestIsKept() {
        assertThat(LogText.safe("plain text 政府工作报告")).isEqualTo("plain text 政府工作报告");
        assertThat(LogText.safe("\u001b[2Jcleared")).isEqualTo("\\x1b[2Jcleared");
        assertThat(LogText.safe("line\nforged\r")).isEqualTo("line\\x0aforged\\x0d");
        assertThat(LogText.safe("bell\u0007and\u0000nul\u009b")).isEqualTo("bell\\x07and\\x00nul\\x9b");
        assertThat(LogText.safe(null)).isNull();
    }

    @Test
    void longTextIsCut() {
        assertThat(LogText.safe("x".repeat(5000))).hasSizeLessThan(1100).endsWith("(5000 chars)");
    }

    @Test
    void aFailureMessageQuotingAPortalIsMadeSafe() {
        assertThat(new FetchFailure(FetchFailure.Kind.REDIRECT_REFUSED, "redirect to \u001b]0;x\u0007").getMessage())
                .isEqualTo("redirect to \\x1b]0;x\\x07");
    }
}
