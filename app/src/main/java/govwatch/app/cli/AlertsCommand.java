package govwatch.app.cli;

import govwatch.app.pipeline.AlertFeed;
import govwatch.app.pipeline.Cluster;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code govwatch alerts}: follow the alert topic and print alerts for people (or as JSON). */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Follow the alert topic and print each alert (a readable line, or JSON with --json).")
final class AlertsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print each alert as one JSON object per line.")
    boolean json;

    @Option(names = "--from-beginning", description = "Start with the oldest alert instead of from now.")
    boolean fromBeginning;

    @Option(names = "--no-follow", description = "Print the alerts there are now, then exit.")
    boolean noFollow;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        AlertOutput out = new AlertOutput(System.out, json);
        try (Cluster cluster = Cluster.open(common.bootstrap, common.dataDir, (short) 1);
             AlertFeed feed = new AlertFeed(cluster.bootstrap(), fromBeginning)) {
            if (noFollow) {
                feed.drain(out, Duration.ofMinutes(1));
                return 0;
            }
            while (!Thread.currentThread().isInterrupted()) {
                feed.poll(Duration.ofSeconds(1), out);
            }
        }
        return 0;
    }
}
