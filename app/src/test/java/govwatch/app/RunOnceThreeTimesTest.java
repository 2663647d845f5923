package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.events.Change;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govwatch run --seeds FILE --data-dir DIR --once} three times against a local portal, as a user would:
 * five new reports; after one report page is revised with one target changed, exactly one TARGET_CHANGED naming
 * before and after; with nothing changed, no alert.
 */
class RunOnceThreeTimesTest {

    private static final String REVISED_PAGE = "zwgk/zfgzbg/202304/t20230422_1005.html";

    @TempDir
    Path work;

    @Test
    void newReportsThenOneTargetChangedThenNothing() throws Exception {
        Path portal = work.resolve("portal");
        LocalPortal.copy(LocalPortal.DEMO, portal);
        Path seeds = LocalPortal.seedFile(work, portal, LocalPortal.freePort());

        List<Alert> first = runOnce(seeds);
        assertThat(first).hasSize(5).extracting(Alert::type).containsOnly(AlertType.NEW_REPORT);

        Path page = portal.resolve(REVISED_PAGE);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("粮食种植面积达到6.47万亩以上");
        Files.writeString(page, html.replace("粮食种植面积达到6.47万亩以上", "粮食种植面积达到6.8万亩以上"));

        List<Alert> second = runOnce(seeds);
        assertThat(second).hasSize(1);
        assertThat(second.get(0).type()).isEqualTo(AlertType.TARGET_CHANGED);
        assertThat(second.get(0).reportId()).isEqualTo("150627106000/2023");
        assertThat(second.get(0).changes()).containsExactly(new Change("粮食播种面积", "6.47万亩以上", "6.8万亩以上"));

        assertThat(runOnce(seeds)).isEmpty();
    }

    /** One {@code govwatch run --once}: its alerts, read from standard output. */
    private List<Alert> runOnce(Path seeds) {
        Cli run = Cli.run("run", "--seeds", seeds.toString(), "--data-dir", work.resolve("data").toString(), "--once");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        return run.alerts();
    }
}
