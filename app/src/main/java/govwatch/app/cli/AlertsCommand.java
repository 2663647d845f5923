package govwatch.app.cli;

import govwatch.app.pipeline.AlertFeed;
import govwatch.app.broker.Cluster;
import govwatch.app.pipeline.StopSignal;
import govwatch.app.webhook.WebhookForwarder;
import govwatch.app.webhook.WebhookSink;
import java.net.URI;
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

    @Option(names = "--webhook", paramLabel = "URL",
            description = "Also POST each alert as JSON to URL (retried with backoff; resumes after the last delivered alert).")
    URI webhook;

    @Option(names = "--webhook-group", paramLabel = "ID",
            description = "Consumer group that remembers what the webhook received (default: ${DEFAULT-VALUE}).")
    String webhookGroup = "govwatch-webhook";

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        AlertOutput out = new AlertOutput(System.out, json);
        if (webhook != null) {
            return forward();
        }
        StopSignal stop = noFollow ? StopSignal.never() : StopSignal.onShutdown();
        try (Cluster cluster = Cluster.open(common.bootstrap, common.dataDir, common.replication);
             AlertFeed feed = new AlertFeed(cluster.bootstrap(), fromBeginning)) {
            if (noFollow) {
                feed.drain(out, Duration.ofMinutes(1));
            }
            while (!stop.raised() && !noFollow) {
                feed.poll(Duration.ofSeconds(1), out);
            }
        } finally {
            stop.stopped(); // after the resources closed: the shutdown may proceed
        }
        return 0;
    }

    private int forward() throws Exception {
        StopSignal stop = StopSignal.onShutdown();
        try (Cluster cluster = Cluster.open(common.bootstrap, common.dataDir, common.replication);
             WebhookForwarder forwarder = new WebhookForwarder(cluster.bootstrap(), webhookGroup, fromBeginning,
                     new WebhookSink(webhook, Duration.ofSeconds(1), Duration.ofMinutes(5)))) {
            System.err.println("govwatch alerts: forwarding to " + webhook);
            while (!stop.raised()) {
                forwarder.forward(Duration.ofSeconds(1));
            }
        } finally {
            stop.stopped();
        }
        return 0;
    }
}
