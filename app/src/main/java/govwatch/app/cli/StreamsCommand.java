package govwatch.app.cli;

import govwatch.app.metrics.Metrics;
import govwatch.app.pipeline.Cluster;
import govwatch.app.pipeline.Job;
import govwatch.app.pipeline.StopSignal;
import govwatch.app.query.QueryServer;
import govwatch.streams.StreamsApp;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code govwatch streams}: the topology alone, for production and docker-compose; scale by running several. */
@Command(name = "streams", mixinStandardHelpOptions = true,
        description = "Run the streams topology alone against a cluster until stopped.")
final class StreamsCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "KEY=VALUE",
            description = "A Kafka Streams setting, overriding govwatch's default (repeatable).")
    Map<String, String> config = new HashMap<>();

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        StopSignal stop = StopSignal.onShutdown();
        try (Metrics metrics = new Metrics();
             Cluster cluster = Cluster.open(common.bootstrap, common.dataDir, common.replication);
             StreamsApp streams = new StreamsApp(Job.dependencies(metrics.registry(), common.reportRevised), cluster.bootstrap(),
                     common.dataDir.resolve("streams-state"), cluster.replication(), settings())) {
            metrics.serve(common.metricsHost, common.metricsPort);
            streams.start(Duration.ofMinutes(2));
            try (QueryServer ignored = common.httpPort < 0 ? null
                    : QueryServer.start(streams.queries(), common.httpHost, common.httpPort)) {
                System.err.println("govwatch streams: running; Ctrl-C to stop");
                while (!stop.await(Duration.ofSeconds(1))) {
                    if (streams.failed()) {
                        // Exit non-zero so that a supervisor (docker restart policy, systemd) starts a fresh one.
                        System.err.println("govwatch streams: the streams app failed (see the log); exiting");
                        return 1;
                    }
                }
            }
        } finally {
            stop.stopped();
        }
        return 0;
    }

    /** Where other instances reach this one's queries ({@code application.server}), then the --config overrides. */
    private Map<String, Object> settings() {
        Map<String, Object> all = new HashMap<>(StreamsApp.queryEndpoint(common.httpHost, common.httpPort));
        all.putAll(config);
        return all;
    }
}
