package govwatch.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that talk to Kafka. */
final class CommonOptions {

    @Option(names = "--bootstrap", paramLabel = "HOSTS",
            description = "Kafka bootstrap servers of an existing cluster; without it the in-process broker runs.")
    String bootstrap;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the in-process broker and the streams state live (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of(System.getProperty("user.home"), ".govwatch", "data");

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Serve Prometheus metrics at http://HOST:PORT/metrics (default: off).")
    int metricsPort = -1;

    @Option(names = "--replication", paramLabel = "N",
            description = "Replication factor of the topics govwatch creates on an existing cluster (default: ${DEFAULT-VALUE}).")
    short replication = 1;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve report queries (JSON) at http://HOST:PORT/regions (default: off).")
    int httpPort = -1;

    @Option(names = "--http-host", paramLabel = "HOST", description = "Address for report queries (default: ${DEFAULT-VALUE}).")
    String httpHost = "127.0.0.1";

    @Option(names = "--report-revised",
            description = "Also alert (REPORT_REVISED) when a report's text changes but none of its targets do.")
    boolean reportRevised;

    @Option(names = "--metrics-host", paramLabel = "HOST", description = "Address for /metrics (default: ${DEFAULT-VALUE}).")
    String metricsHost = "127.0.0.1";
}
