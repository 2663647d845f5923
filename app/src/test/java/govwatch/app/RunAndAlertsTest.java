package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import govwatch.events.Alert;
import govwatch.events.AlertType;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * As a user: {@code run --once} on a seed file where one portal is down exits 3 and names it; then {@code alerts
 * --no-follow} on the same data dir prints the alerts stored there and ends (readable, JSON, and delivered to a
 * webhook), without --from-beginning.
 */
class RunAndAlertsTest {

    @TempDir
    Path work;

    @Test
    void aPassWithADownPortalExitsThreeAndTheStoredAlertsArePrintedAfterwards() throws Exception {
        int dead = LocalPortal.freePort(); // nothing listens there
        Path seeds = LocalPortal.withDownPortal(work, LocalPortal.freePort(), dead);
        String dataDir = work.resolve("data").toString();

        Cli run = Cli.run("run", "--seeds", seeds.toString(), "--data-dir", dataDir, "--once");

        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(3);
        assertThat(run.alerts()).hasSize(5);
        assertThat(run.stderr()).containsOnlyOnce("crawl pass done").contains("portal down: http://127.0.0.1:" + dead);

        Cli readable = Cli.run("alerts", "--data-dir", dataDir, "--no-follow");
        assertThat(readable.exitCode()).as(readable.stderr()).isZero();
        assertThat(readable.stdout().lines().filter(l -> l.startsWith("NEW_REPORT"))).hasSize(5);

        Cli json = Cli.run("alerts", "--data-dir", dataDir, "--no-follow", "--json");
        assertThat(json.exitCode()).as(json.stderr()).isZero();
        assertThat(json.alerts()).extracting(Alert::reportId)
                .containsExactlyInAnyOrderElementsOf(run.alerts().stream().map(Alert::reportId).toList());

        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
        receiver.createContext("/hook", exchange -> {
            try (exchange) {
                received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        receiver.start();
        try {
            Cli hook = Cli.run("alerts", "--data-dir", dataDir, "--webhook",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "--from-beginning", "--no-follow",
                    "--json");
            assertThat(hook.exitCode()).as(hook.stderr()).isZero();
            assertThat(received).hasSize(5);
            assertThat(hook.alerts()).hasSize(5).extracting(Alert::type).containsOnly(AlertType.NEW_REPORT);
        } finally {
            receiver.stop(0);
        }
    }
}
