package govwatch.app.cli;

import govwatch.app.broker.Cluster;
import govwatch.app.broker.DataDirLock;
import govwatch.app.metrics.Metrics;
import govwatch.app.pipeline.Pipeline;
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
    KafkaOptions kafka;

    @Mixin
    TopicOptions topics;

    @Mixin
    PipelineOptions pipeline;

    @Override
    public Integer call() throws Exception {
        pipeline.check();
        StopSignal stop = StopSignal.onShutdown();
        try (DataDirLock state = DataDirLock.acquire(kafka.dataDir); // the streams state lives there
             Metrics metrics = new Metrics();
             Cluster cluster = Cluster.open(kafka.bootstrap, kafka.dataDir, topics.replication());
             StreamsApp streams = new StreamsApp(
                     Pipeline.dependencies(metrics.registry(), pipeline.alerting.reportRevised,
                             pipeline.alerting.missingReports()), cluster.bootstrap(),
                     kafka.dataDir.resolve("streams-state"), cluster.replication(), settings())) {
            pipeline.metrics.serve(metrics);
            streams.start(Duration.ofMinutes(2));
            try (QueryServer ignored = pipeline.query.port < 0 ? null
                    : QueryServer.start(streams.queries(), pipeline.query.host, pipeline.query.port,
                            cluster.bootstrap())) {
                System.err.println("govwatch streams: running; Ctrl-C to stop");
                while (!stop.await(Duration.ofSeconds(1))) {
                    if (streams.failed()) {
                        // Exit non-zero so that a supervisor (docker restart policy, systemd) starts a fresh one.
                        System.err.println("govwatch streams: the streams app failed (see the log); exiting");
                        return ExitCodes.ERROR;
                    }
                }
            }
        } finally {
            stop.stopped();
        }
        return ExitCodes.OK;
    }

    /** Where other instances reach this one's queries ({@code application.server}), then the --config overrides. */
    private Map<String, Object> settings() {
        Map<String, Object> all = new HashMap<>(StreamsApp.queryEndpoint(pipeline.query.host, pipeline.query.port));
        all.putAll(config);
        return all;
    }
}
