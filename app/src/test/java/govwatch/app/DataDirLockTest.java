package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one data dir: the second stops at once with a sentence naming the dir and the process holding it,
 * before any broker or streams app starts; once the first is gone the dir can be used.
 */
class DataDirLockTest {

    @TempDir
    Path work;

    @Test
    void aSecondProcessOnTheSameDataDirIsRefusedAtStart() throws Exception {
        Path dataDir = work.resolve("data");
        Path seeds = LocalPortal.seedFile(work, LocalPortal.DEMO, LocalPortal.freePort());
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDataDir.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("holding");

            Cli run = Cli.run("run", "--seeds", seeds.toString(), "--data-dir", dataDir.toString(), "--once");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.stderr()).contains("data dir " + dataDir.toAbsolutePath() + " is in use by another govwatch process")
                    .contains("pid " + other.pid()).contains("another --data-dir");
            assertThat(run.stderr().lines().count()).as(run.stderr()).isLessThan(5);
            assertThat(dataDir.resolve("kafka-logs")).doesNotExist();
        } finally {
            other.getOutputStream().close();
            other.waitFor(30, TimeUnit.SECONDS);
            other.destroyForcibly();
        }
    }
}
