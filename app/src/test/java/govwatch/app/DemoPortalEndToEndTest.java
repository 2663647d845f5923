package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.app.pipeline.Pipeline;
import govwatch.app.pipeline.StopSignal;
import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.seed.PortalSeed;
import govwatch.events.Alert;
import govwatch.events.AlertType;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product on real parts: the in-process KRaft broker, the bundled demo portal over HTTP on
 * loopback, the real crawler, the real topology and understanding. Run twice on one data dir: five new
 * reports the first time, nothing the second (state survived in the broker's log dir).
 */
class DemoPortalEndToEndTest {

    @TempDir
    Path work;

    @Test
    void theDemoPortalGivesFiveNewReportsOnceAndNothingOnTheNextRun() throws Exception {
        List<PortalSeed> seeds = LocalPortal.seeds(work, LocalPortal.DEMO);
        Path dataDir = work.resolve("data");

        List<Alert> first = run(seeds, dataDir);

        assertThat(first).extracting(Alert::type).containsOnly(AlertType.NEW_REPORT);
        assertThat(first).extracting(a -> a.region().name() + " " + a.year() + (a.draft() ? " draft" : ""))
                .containsExactlyInAnyOrder("新镇 2020", "东明镇 2024", "关路镇 2021", "公坪镇 2021", "伊金霍洛镇 2023 draft");
        // 公坪镇's 2021 plan lists ten tasks but sets no figure; every other report sets targets.
        assertThat(first).filteredOn(a -> !a.region().name().equals("公坪镇"))
                .allSatisfy(a -> assertThat(a.targets()).isNotEmpty());

        List<Alert> second = run(seeds, dataDir);

        assertThat(second).isEmpty();
    }

    private static List<Alert> run(List<PortalSeed> seeds, Path dataDir) throws Exception {
        List<Alert> alerts = new ArrayList<>();
        Pipeline.run(new Pipeline.Options(seeds, null, dataDir, true, CrawlerConfig.defaults(), Duration.ofMinutes(3), -1),
                new SimpleMeterRegistry(), alerts::add, StopSignal.never());
        return alerts;
    }
}
