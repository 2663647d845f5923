package govwatch.app.cli;

import govwatch.app.metrics.Metrics;
import java.io.IOException;
import picocli.CommandLine.Option;

/** The Prometheus endpoint (the commands that run a part of the pipeline: demo, run, crawl, streams). */
final class MetricsOptions {

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Serve Prometheus metrics at http://HOST:PORT/metrics (default: off).")
    int port = -1;

    @Option(names = "--metrics-host", paramLabel = "HOST", description = "Address for /metrics (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    /** Fails before anything starts when the options cannot work (a host without a port, a port in use). */
    void check() {
        Ports.check("--metrics-port", port, "--metrics-host", host, host != null && !host.equals("127.0.0.1"));
    }

    /** Serves {@code /metrics} when a port was given. */
    void serve(Metrics metrics) throws IOException {
        try {
            metrics.serve(host, port);
        } catch (java.net.BindException e) {
            throw Ports.inUse("--metrics-port", port);
        }
    }
}
