package govwatch.app.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code govwatch} command line. Alerts and analyses go to stdout as JSON lines; logs go to stderr. */
@Command(name = "govwatch", mixinStandardHelpOptions = true, version = "govwatch 0.1.0",
        description = "Watches government portals for new work reports (政府工作报告) and alerts on them.",
        subcommands = {DemoCommand.class, RunCommand.class, AnalyzeCommand.class, CrawlCommand.class,
                StreamsCommand.class, AlertsCommand.class, ExportCommand.class, CoverageCommand.class,
                SeedsCommand.class},
        footer = {"", "Exit codes: 0 done, 1 error, 2 bad command line, 3 a one-off pass (run --once, crawl --once, "
                + "demo) where some portals had errors, 130 a one-off pass stopped by Ctrl-C or SIGTERM."})
public final class Main {

    /** Why an option of other commands does nothing in this one, where a reason says more than "not here". */
    private static final Map<String, String> WHY_NOT_HERE = Map.of(
            "demo --data-dir", "demo always works in a fresh temporary data dir, removed at the end; to keep data use "
                    + "govwatch run --seeds FILE --data-dir DIR",
            "demo --bootstrap", "demo runs its own in-process broker; for a cluster use govwatch run --seeds FILE --bootstrap HOSTS",
            "crawl --http-port", "the crawler holds no reports to query; run, demo and streams serve them",
            "crawl --http-host", "the crawler holds no reports to query; run, demo and streams serve them",
            "crawl --report-revised", "alerts are decided by the streams topology; give it to run, demo or streams",
            "crawl --missing-deadline", "alerts are decided by the streams topology; give it to run, demo or streams",
            "crawl --missing-grace", "alerts are decided by the streams topology; give it to run, demo or streams",
            "alerts --metrics-port", "alerts only reads; the processes that work (run, crawl, streams) serve metrics",
            "alerts --http-port", "report queries are served by run, demo and streams");

    public static void main(String[] args) {
        // JSON with Chinese text must not turn into '?' under LANG=C (cron, systemd, minimal containers).
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (for tests). */
    public static int execute(String... args) {
        return new CommandLine(new Main())
                .setParameterExceptionHandler(Main::badCommandLine)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    LoggerFactory.getLogger(Main.class).debug("command failed", e);
                    if (e instanceof UsageError) {
                        cmd.getErr().println("govwatch " + cmd.getCommandName() + ": " + e.getMessage());
                        return ExitCodes.USAGE;
                    }
                    cmd.getErr().println("govwatch " + cmd.getCommandName() + ": " + Errors.describe(e));
                    return ExitCodes.ERROR;
                })
                .execute(args);
    }

    /** An option this command does not take is named, with where it works and why not here; exit code 2. */
    private static int badCommandLine(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String name = cmd.getCommandName();
        if (e instanceof UnmatchedArgumentException unmatched) {
            String option = unmatched.getUnmatched().stream().filter(a -> a.startsWith("-")).findFirst()
                    .map(a -> a.replaceFirst("=.*", "")).orElse(null);
            List<String> elsewhere = option == null ? List.of() : commandsTaking(cmd, option);
            if (!elsewhere.isEmpty()) {
                String why = WHY_NOT_HERE.getOrDefault(name + " " + option,
                        "it is an option of " + String.join(", ", elsewhere));
                cmd.getErr().println("govwatch " + name + ": " + option + " does not apply here: " + why + ".");
                cmd.getErr().println("See govwatch " + name + " --help.");
                return ExitCodes.USAGE;
            }
        }
        cmd.getErr().println("govwatch " + name + ": " + e.getMessage());
        if (!UnmatchedArgumentException.printSuggestions(e, cmd.getErr())) {
            cmd.getErr().println("See govwatch " + (cmd.getParent() == null ? "" : name + " ") + "--help.");
        }
        return ExitCodes.USAGE;
    }

    /** The govwatch commands that take {@code option}. */
    private static List<String> commandsTaking(CommandLine cmd, String option) {
        CommandLine root = cmd;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getSubcommands().values().stream().map(CommandLine::getCommandSpec)
                .filter(spec -> spec.findOption(option) != null && spec != cmd.getCommandSpec())
                .map(CommandSpec::name).distinct().toList();
    }
}
