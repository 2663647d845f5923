package govwatch.app;

import govwatch.crawler.seed.PortalSeed;
import govwatch.crawler.seed.SeedFiles;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The bundled demo portal (or a copy of it) as a seed file on a free loopback port, for tests on real parts. */
final class LocalPortal {

    /** The bundled demo portal, as the tests (run from the module folder) see it. */
    static final Path DEMO = Path.of("..", "seeds", "demo-portal").toAbsolutePath().normalize();

    private LocalPortal() {
    }

    /** A seed file {@code dir/portal.yaml} for {@code root}, served by govwatch at 127.0.0.1:{@code port}. */
    static Path seedFile(Path dir, Path root, int port) throws IOException {
        Path file = dir.resolve("portal.yaml");
        Files.writeString(file, """
                id: demo
                name: 示范县人民政府 (test)
                start:
                  - http://127.0.0.1:%d/zwgk/zfgzbg/index.html
                allow:
                  - http://127.0.0.1:%d/zwgk/
                serve: %s
                delay: 0s
                """.formatted(port, port, root.toAbsolutePath()));
        return file;
    }

    /**
     * A seed file {@code dir/portals.yaml} with two portals: {@code demo}, the demo portal served at {@code live}, and
     * {@code down}, on {@code dead} where nothing listens.
     */
    static Path withDownPortal(Path dir, int live, int dead) throws IOException {
        Path file = dir.resolve("portals.yaml");
        Files.writeString(file, """
                portals:
                  - id: demo
                    name: demo
                    start: [ "http://127.0.0.1:%d/zwgk/zfgzbg/index.html" ]
                    serve: %s
                    delay: 0s
                  - id: down
                    name: a portal that is down
                    start: [ "http://127.0.0.1:%d/zwgk/index.html" ]
                    delay: 0s
                """.formatted(live, DEMO, dead));
        return file;
    }

    /** The seeds of {@link #seedFile} on a free port. */
    static List<PortalSeed> seeds(Path dir, Path root) throws IOException {
        return SeedFiles.load(seedFile(dir, root, freePort()));
    }

    /** Copies the portal {@code from} to {@code to}, so that a test can change its pages. */
    static void copy(Path from, Path to) throws IOException {
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

    /** A loopback port nothing listens on right now. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
