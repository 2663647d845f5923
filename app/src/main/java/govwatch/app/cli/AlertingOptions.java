package govwatch.app.cli;

import picocli.CommandLine.Option;

/** What the topology alerts on (the commands that run the streams app: demo, run, streams). */
final class AlertingOptions {

    @Option(names = "--report-revised",
            description = "Also alert (REPORT_REVISED) when a report's text changes but none of its targets do.")
    boolean reportRevised;
}
