package govwatch.app.cli;

import govwatch.app.pipeline.StopSignal;
import java.io.IOException;
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
 * dir, the bundled demo portal served on loopback, crawled and processed once; alerts on stdout. The temporary
 * dir is removed however the demo ends, Ctrl-C and SIGTERM included.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on the bundled demo portal (in a fresh temporary data dir, removed at "
                + "the end) and print its alerts.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--follow", description = "Keep watching after the first pass (Ctrl-C to stop).")
    boolean follow;

    @Option(names = "--seeds", paramLabel = "FILE", description = "Seed file (default: ${DEFAULT-VALUE}).")
    Path seeds = home().resolve("seeds").resolve("demo.yaml");

    @Mixin
    PipelineOptions pipeline;

    @Override
    public Integer call() throws Exception {
        var portals = SeedFile.load("--seeds", seeds);
        StopSignal stop = StopSignal.onShutdown();
        Path dataDir = null;
        long start = System.nanoTime();
        try {
            dataDir = Files.createTempDirectory("govwatch-demo-");
            int code = PipelineRun.run("demo", portals, !follow, null, dataDir, (short) 1, pipeline, stop);
            System.err.printf("govwatch demo: done in %.1f s%n", (System.nanoTime() - start) / 1e9);
            return code;
        } finally {
            try {
                if (dataDir != null) {
                    deleteTree(dataDir);
                }
            } finally {
                stop.stopped(); // only now may a SIGTERM's shutdown end the JVM: the temporary dir is gone
            }
        }
    }

    /** The govwatch checkout the launcher runs from (set by ./govwatch), else the working directory. */
    static Path home() {
        return Path.of(System.getProperty("govwatch.home", "."));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
