package govwatch.app.cli;

import govwatch.app.broker.Cluster;
import govwatch.app.pipeline.AlertFeed;
import govwatch.app.pipeline.StopSignal;
import govwatch.app.webhook.WebhookForwarder;
import govwatch.app.webhook.WebhookSink;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code govwatch alerts}: print alerts for people (or as JSON), following the alert topic or printing what is
 * stored; with {@code --webhook}, also deliver them to a receiver. Reads only: it creates no topic, and on a data dir
 * where nothing has run it says so.
 */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Print alerts (a readable line each, or JSON with --json): those that come from now on, or "
                + "with --from-beginning every stored alert first; --no-follow prints every stored alert and exits.")
final class AlertsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print each alert as one JSON object per line.")
    boolean json;

    @Option(names = "--from-beginning", description = "Start with the oldest stored alert instead of from now on.")
    boolean fromBeginning;

    @Option(names = "--no-follow", description = "Print every alert stored now, then exit "
            + "(with --webhook: deliver what the webhook has not received yet, then exit).")
    boolean noFollow;

    @Option(names = "--webhook", paramLabel = "URL",
            description = "POST each alert as JSON to URL, and print it once delivered (retried with backoff; resumes "
                    + "after the last delivered alert).")
    URI webhook;

    @Option(names = "--webhook-group", paramLabel = "ID",
            description = "With --webhook: the consumer group that remembers what the webhook received "
                    + "(default: govwatch-webhook).")
    String webhookGroup;

    @Mixin
    KafkaOptions kafka;

    private static final String DEFAULT_GROUP = "govwatch-webhook";

    @Override
    public Integer call() throws Exception {
        if (webhook == null && webhookGroup != null) {
            throw new UsageError("--webhook-group " + webhookGroup + " needs --webhook URL: the group remembers what "
                    + "a webhook received");
        }
        if (webhook != null && !("http".equals(webhook.getScheme()) || "https".equals(webhook.getScheme()))) {
            throw new UsageError("--webhook " + webhook + " is not an http(s) URL");
        }
        AlertOutput out = new AlertOutput(System.out, json);
        StopSignal stop = StopSignal.onShutdown();
        try (Cluster cluster = Cluster.existing(kafka.bootstrap, kafka.dataDir)) {
            return webhook != null ? forward(cluster, out, stop) : print(cluster, out, stop);
        } finally {
            stop.stopped(); // after the resources closed: the shutdown may proceed
        }
    }

    private int print(Cluster cluster, AlertOutput out, StopSignal stop) throws Exception {
        try (AlertFeed feed = new AlertFeed(cluster.bootstrap(), fromBeginning || noFollow)) {
            if (noFollow) {
                feed.drain(out, Duration.ofMinutes(1));
                System.err.printf("govwatch alerts: %d alert(s) stored%n", out.printed());
                return ExitCodes.OK;
            }
            while (!stop.raised()) {
                feed.poll(Duration.ofSeconds(1), out);
            }
        }
        return ExitCodes.OK;
    }

    private int forward(Cluster cluster, AlertOutput out, StopSignal stop) throws Exception {
        String group = webhookGroup == null ? DEFAULT_GROUP : webhookGroup;
        try (WebhookForwarder forwarder = new WebhookForwarder(cluster.bootstrap(), group, fromBeginning,
                new WebhookSink(webhook, Duration.ofSeconds(1), Duration.ofMinutes(5)))) {
            System.err.println("govwatch alerts: forwarding to " + webhook);
            var stored = noFollow ? forwarder.endOffsets() : null;
            while (!stop.raised()) {
                forwarder.forward(Duration.ofSeconds(1), out);
                if (noFollow && forwarder.reached(stored)) {
                    System.err.printf("govwatch alerts: %d alert(s) delivered to %s%n", out.printed(), webhook);
                    break;
                }
            }
        }
        return ExitCodes.OK;
    }
}
