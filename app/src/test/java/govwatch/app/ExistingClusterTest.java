package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.app.embedded.EmbeddedKafka;
import govwatch.events.Alert;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --bootstrap}: govwatch against a cluster it did not start (here a broker this test runs, standing in for
 * a production cluster): the crawler alone publishes, then {@code run --once} processes and prints the alerts.
 */
class ExistingClusterTest {

    @TempDir
    Path work;

    private EmbeddedKafka cluster;

    @BeforeEach
    void startCluster() throws Exception {
        cluster = EmbeddedKafka.start(work.resolve("cluster"));
    }

    @AfterEach
    void stopCluster() {
        cluster.close();
    }

    @Test
    void crawlAloneThenRunAgainstAnExistingCluster() throws Exception {
        Path seeds = LocalPortal.seedFile(work, LocalPortal.DEMO, LocalPortal.freePort());

        Cli crawl = Cli.run("crawl", "--seeds", seeds.toString(), "--bootstrap", cluster.bootstrapServers(), "--once");
        assertThat(crawl.exitCode()).as(crawl.stderr()).isZero();
        assertThat(crawl.stderr()).containsPattern("published=[1-9]").contains("errors=0");

        // The pages are already on the cluster: the streams half processes them; the crawl pass republishes nothing.
        Cli run = Cli.run("run", "--seeds", seeds.toString(), "--bootstrap", cluster.bootstrapServers(),
                "--data-dir", work.resolve("state").toString(), "--once");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.alerts()).extracting(Alert::reportId)
                .containsExactlyInAnyOrder("150525103000/2020", "150525105000/2024", "511922131000/2021", "431228104000/2021",
                        "150627106000/2023");
    }
}
