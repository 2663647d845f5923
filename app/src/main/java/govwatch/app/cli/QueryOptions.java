package govwatch.app.cli;

import picocli.CommandLine.Option;

/** The web page and report query endpoint (the commands that run the streams app: demo, run, streams). */
final class QueryOptions {

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve the web page at http://HOST:PORT/ and the report queries (JSON: /regions, /coverage, "
                    + "/targets …) (default: off).")
    int port = -1;

    @Option(names = "--http-host", paramLabel = "HOST",
            description = "Address the web page and report queries are served on (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    /** Fails before anything starts when the options cannot work (a host without a port, a port in use). */
    void check() {
        Ports.check("--http-port", port, "--http-host", host, host != null && !host.equals("127.0.0.1"));
    }
}
