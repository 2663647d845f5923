package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.app.cli.Main;
import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.events.JsonSerde;
import govwatch.understanding.model.Change;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govwatch run --seeds FILE --data-dir DIR --once} three times against a local portal, as a user would:
 * five new reports; after one report page is revised with one target changed, exactly one TARGET_CHANGED naming
 * before and after; with nothing changed, no alert.
 */
class RunOnceThreeTimesTest {

    private static final Path DEMO_PORTAL = Path.of("..", "seeds", "demo-portal");
    private static final String REVISED_PAGE = "zwgk/zfgzbg/202304/t20230422_1005.html";

    @TempDir
    Path work;

    @Test
    void newReportsThenOneTargetChangedThenNothing() throws Exception {
        Path portal = work.resolve("portal");
        copyTree(DEMO_PORTAL, portal);
        Path seeds = seedFile(portal, freePort());

        List<Alert> first = runOnce(seeds);
        assertThat(first).hasSize(5).extracting(Alert::type).containsOnly(AlertType.NEW_REPORT);

        Path page = portal.resolve(REVISED_PAGE);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("粮食种植面积达到6.47万亩以上");
        Files.writeString(page, html.replace("粮食种植面积达到6.47万亩以上", "粮食种植面积达到6.8万亩以上"));

        List<Alert> second = runOnce(seeds);
        assertThat(second).hasSize(1);
        assertThat(second.get(0).type()).isEqualTo(AlertType.TARGET_CHANGED);
        assertThat(second.get(0).reportId()).isEqualTo("伊金霍洛镇/2023");
        assertThat(second.get(0).changes()).containsExactly(new Change("粮食种植面积", "6.47万亩以上", "6.8万亩以上"));

        assertThat(runOnce(seeds)).isEmpty();
    }

    /** One {@code govwatch run --once}, its standard output parsed as JSON alert lines. */
    private List<Alert> runOnce(Path seeds) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute("run", "--seeds", seeds.toString(), "--data-dir", work.resolve("data").toString(),
                    "--once");
        } finally {
            System.setOut(stdout);
        }
        assertThat(code).isZero();
        JsonSerde<Alert> json = JsonSerde.of(Alert.class);
        return Arrays.stream(captured.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(line -> !line.isBlank())
                .map(line -> json.deserialize(null, line.getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    private Path seedFile(Path portal, int port) throws IOException {
        Path file = work.resolve("portal.yaml");
        Files.writeString(file, """
                id: local
                name: 示范县人民政府 (local copy)
                start:
                  - http://127.0.0.1:%d/zwgk/zfgzbg/index.html
                allow:
                  - http://127.0.0.1:%d/zwgk/
                serve: %s
                delay: 0s
                """.formatted(port, port, portal.toAbsolutePath()));
        return file;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
