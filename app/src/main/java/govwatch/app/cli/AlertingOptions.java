package govwatch.app.cli;

import govwatch.crawler.seed.Durations;
import govwatch.streams.MissingReportRules;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.MonthDay;
import picocli.CommandLine.Option;

/** What the topology alerts on (the commands that run the streams app: demo, run, streams). */
final class AlertingOptions {

    @Option(names = "--report-revised",
            description = "Also alert (REPORT_REVISED) when a report's text changes but none of its targets do.")
    boolean reportRevised;

    @Option(names = "--missing-deadline", paramLabel = "MM-DD",
            description = "The last day of the reporting season, in the plan year (China time): once it is over, "
                    + "each township of a watched county (seed key county) without its report raises MISSING_REPORT "
                    + "(default: 03-31).")
    String missingDeadline = "03-31";

    @Option(names = "--missing-grace", paramLabel = "DURATION",
            description = "How long a county must have been watched before any of its reports counts as missing, so "
                    + "that the first crawl of its portal can deliver what is online (default: 1d; e.g. 0s, 12h).")
    String missingGrace = "1d";

    /** The MISSING_REPORT rules these options give; a usage error naming the option when one cannot be read. */
    MissingReportRules missingReports() {
        MonthDay deadline;
        try {
            deadline = MonthDay.parse("--" + missingDeadline.strip());
        } catch (DateTimeException e) {
            throw new UsageError("--missing-deadline " + missingDeadline + ": not a day of the year; write MM-DD, "
                    + "e.g. 03-31 for 31 March");
        }
        Duration grace;
        try {
            grace = Durations.parse(missingGrace);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--missing-grace " + missingGrace + ": " + e.getMessage());
        }
        return new MissingReportRules(deadline, grace);
    }
}
