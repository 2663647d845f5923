package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govwatch seeds check FILE...}: a seed file checked as run reads it, nothing fetched; exit 0 or 1. */
class SeedsCheckTest {

    private static final Path SEEDS = Path.of("..", "seeds");

    @TempDir
    Path work;

    @Test
    void theBundledSeedFilesAreGood() {
        Cli run = Cli.run("seeds", "check", SEEDS.resolve("demo.yaml").toString(),
                SEEDS.resolve("example-county.yaml").toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("demo.yaml: ok, 1 portal(s)").contains("example-county.yaml: ok")
                .contains("http://127.0.0.1:18731/zwgk/zfgzbg/index.html");
    }

    @Test
    void aBadFileIsRefusedAtItsLineAndTheOthersAreStillChecked() throws Exception {
        Path bad = work.resolve("bad.yaml");
        Files.writeString(bad, """
                id: qingshui
                name: 清水县人民政府
                start: htp:/www.qingshui.example/zwgk/
                """);

        Cli run = Cli.run("seeds", "check", bad.toString(), SEEDS.resolve("demo.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains(bad + ":3: start URL 'htp:/www.qingshui.example/zwgk/' is not an http(s) URL");
        assertThat(run.stdout()).contains("demo.yaml: ok");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = work.resolve("missing.yaml");

        Cli run = Cli.run("seeds", "check", missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains(missing.toAbsolutePath().toString()).contains("no such file");
    }
}
