package govwatch.app.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code govwatch} command line. Alerts and analyses go to stdout as JSON lines; logs go to stderr. */
@Command(name = "govwatch", mixinStandardHelpOptions = true, version = "govwatch 0.1.0",
        description = "Watches government portals for new work reports (政府工作报告) and alerts on them.",
        subcommands = {DemoCommand.class, RunCommand.class, AnalyzeCommand.class, CrawlCommand.class,
                StreamsCommand.class, AlertsCommand.class})
public final class Main {

    public static void main(String[] args) {
        // JSON with Chinese text must not turn into '?' under LANG=C (cron, systemd, minimal containers).
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (for tests). */
    public static int execute(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("govwatch: " + e.getMessage());
                    org.slf4j.LoggerFactory.getLogger(Main.class).debug("command failed", e);
                    return 1;
                })
                .execute(args);
    }
}
