package govwatch.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code govwatch demo}: the main job on the embedded default — in-process broker in a fresh temporary data
 * dir, the bundled demo portal served on loopback, crawled and processed once; alerts on stdout.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on the bundled demo portal (in a fresh temporary data dir) and print its alerts.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--follow", description = "Keep watching after the first pass (Ctrl-C to stop).")
    boolean follow;

    @Option(names = "--seeds", paramLabel = "FILE", description = "Seed file (default: ${DEFAULT-VALUE}).")
    Path seeds = home().resolve("seeds").resolve("demo.yaml");

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Path dataDir = Files.createTempDirectory("govwatch-demo-");
        long start = System.nanoTime();
        try {
            int code = RunCommand.runJob(common, seeds, !follow, dataDir);
            System.err.printf("govwatch demo: done in %.1f s%n", (System.nanoTime() - start) / 1e9);
            return code;
        } finally {
            deleteTree(dataDir);
        }
    }

    /** The govwatch checkout the launcher runs from (set by ./govwatch), else the working directory. */
    static Path home() {
        return Path.of(System.getProperty("govwatch.home", "."));
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
