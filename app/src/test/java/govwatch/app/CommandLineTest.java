package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line tells the truth, before anything starts: an option where it cannot work, a missing seed file, a
 * busy port, a host without its port, a reader on a data dir where nothing ran, an unreachable URL — each a sentence
 * naming the option, path or port, and a non-zero exit.
 */
class CommandLineTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "demo, --data-dir, fresh temporary data dir",
            "demo, --bootstrap, in-process broker",
            "crawl, --http-port, no reports to query",
            "crawl, --report-revised, streams topology",
            "crawl, --missing-deadline, streams topology",
            "alerts, --metrics-port, only reads",
            "alerts, --http-port, report queries are served by",
            "analyze, --replication, it is an option of",
    })
    void anOptionWhereItCannotWorkIsRefusedWithTheReason(String command, String option, String reason) throws Exception {
        Path seeds = LocalPortal.seedFile(work, LocalPortal.DEMO, LocalPortal.freePort());
        String[] args = switch (command) {
            case "crawl" -> new String[] {command, "--seeds", seeds.toString(), option, "1"};
            case "analyze" -> new String[] {command, option, "1", "x.html"};
            default -> new String[] {command, option, "1"};
        };
        if (option.equals("--report-revised")) {
            args = new String[] {command, "--seeds", seeds.toString(), option};
        }

        Cli run = Cli.run(args);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains(option + " does not apply here").contains(reason);
        assertThat(run.stdout()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "--missing-deadline, 13-01, MM-DD",
            "--missing-grace, soon, is not a duration",
    })
    void anUnreadableMissingReportRuleIsNamedBeforeAnythingStarts(String option, String value, String hint)
            throws Exception {
        Path seeds = LocalPortal.seedFile(work, LocalPortal.DEMO, LocalPortal.freePort());

        Cli run = Cli.run("run", "--seeds", seeds.toString(), "--data-dir", work.resolve("data").toString(), option,
                value);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains(option + " " + value).contains(hint);
        assertThat(work.resolve("data")).doesNotExist();
    }

    @Test
    void aMissingSeedFileIsNamedWithoutAJavaExceptionName() {
        Path missing = work.resolve("nope.yaml");

        Cli run = Cli.run("run", "--seeds", missing.toString(), "--data-dir", work.resolve("data").toString(), "--once");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains(missing.toAbsolutePath().toString()).contains("no such file")
                .doesNotContain("Exception");
        assertThat(work.resolve("data")).doesNotExist();
    }

    @Test
    void aBusyQueryPortIsNamedWithItsOptionBeforeAnythingStarts() throws Exception {
        Path seeds = LocalPortal.seedFile(work, LocalPortal.DEMO, LocalPortal.freePort());
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = busy.getLocalPort();

            Cli run = Cli.run("run", "--seeds", seeds.toString(), "--data-dir", work.resolve("data").toString(),
                    "--once", "--http-port", String.valueOf(port));

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.stderr()).contains("--http-port " + port + " is in use");
            assertThat(work.resolve("data")).doesNotExist(); // refused before the broker started
        }
    }

    @Test
    void aBusyMetricsPortIsNamedWithItsOption() throws Exception {
        Path seeds = LocalPortal.seedFile(work, LocalPortal.DEMO, LocalPortal.freePort());
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = busy.getLocalPort();

            Cli run = Cli.run("crawl", "--seeds", seeds.toString(), "--data-dir", work.resolve("data").toString(),
                    "--metrics-port", String.valueOf(port));

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.stderr()).contains("--metrics-port " + port + " is in use");
        }
    }

    @Test
    void aHostWithoutItsPortIsAnError() throws Exception {
        Path seeds = LocalPortal.seedFile(work, LocalPortal.DEMO, LocalPortal.freePort());

        Cli run = Cli.run("run", "--seeds", seeds.toString(), "--http-host", "0.0.0.0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--http-host 0.0.0.0 needs --http-port");
    }

    @Test
    void aWebhookGroupWithoutAWebhookIsAnError() {
        Cli run = Cli.run("alerts", "--webhook-group", "mine", "--data-dir", work.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--webhook-group mine needs --webhook");
    }

    @Test
    void alertsOnADataDirWhereNothingRanSaysSoAndCreatesNothing() throws Exception {
        Path unused = Files.createDirectories(work.resolve("unused"));

        Cli run = Cli.run("alerts", "--data-dir", unused.toString(), "--no-follow");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("no govwatch data in " + unused.toAbsolutePath())
                .contains("govwatch run --seeds FILE --data-dir");
        try (Stream<Path> left = Files.list(unused)) {
            assertThat(left).as("no broker was formatted, no topic created").isEmpty();
        }
    }

    @Test
    void anUnreachableUrlIsNamedInWords() throws Exception {
        String url = "http://127.0.0.1:" + LocalPortal.freePort() + "/x.html";

        Cli run = Cli.run("analyze", url);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).containsIgnoringCase("connection refused").contains(url).doesNotContain("null");
        assertThat(run.stdout()).isEmpty();
    }
}
