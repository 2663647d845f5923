package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import govwatch.app.cli.Main;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govwatch demo --follow} in a process of its own, stopped with SIGTERM once its alerts are out: it ends by
 * itself, and its temporary data dir (broker log dir, streams state) is gone.
 */
class DemoStopTest {

    @TempDir
    Path work;

    @Test
    void sigtermEndsAFollowingDemoAndRemovesItsTemporaryDataDir() throws Exception {
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        Path seeds = LocalPortal.seedFile(work, LocalPortal.DEMO, LocalPortal.freePort());
        Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "demo", "--follow", "--seeds", seeds.toString())
                .redirectError(work.resolve("stderr.txt").toFile()).start();
        List<String> alerts = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(demo.getInputStream(),
                StandardCharsets.UTF_8)).lines().forEach(alerts::add));
        reader.start();
        try {
            await().atMost(Duration.ofMinutes(3)).until(() -> alerts.size() == 5 || !demo.isAlive());
            assertThat(alerts).as("stderr: %s", Files.readString(work.resolve("stderr.txt"))).hasSize(5);
            assertThat(demoDirs(tmp)).hasSize(1);

            demo.destroy(); // SIGTERM

            assertThat(demo.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(demoDirs(tmp)).isEmpty();
        } finally {
            demo.destroyForcibly();
        }
    }

    private static List<Path> demoDirs(Path tmp) throws Exception {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("govwatch-demo-")).toList();
        }
    }
}
