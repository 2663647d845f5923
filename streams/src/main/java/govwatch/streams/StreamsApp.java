package govwatch.streams;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the topology: configures Kafka Streams (exactly-once v2, state under the data dir), binds its metrics
 * to Micrometer, starts, waits until running, stops. Holds no logic of its own.
 */
public final class StreamsApp implements AutoCloseable {

    /** The consumer group / application id; also the prefix of internal topics. */
    public static final String APPLICATION_ID = "govwatch-streams";

    /** Stream threads per instance unless {@code num.stream.threads} is given: see {@link StreamsSettings}. */
    public static final int DEFAULT_THREADS = StreamsSettings.DEFAULT_THREADS;

    /** RUNNING this long without a rebalance counts as settled (see {@link #awaitSettled}). */
    public static final Duration SETTLED_QUIET = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(StreamsApp.class);

    private final KafkaStreams streams;
    private final StreamsMetrics.Binding streamsMetrics;
    private final HostInfo self;
    /** When the app last became RUNNING ({@link System#nanoTime()}), or -1 while it is not. */
    private long runningSince = -1;

    /**
     * @param bootstrap   Kafka bootstrap servers
     * @param stateDir    where RocksDB keeps the stores (rebuilt from changelogs if lost)
     * @param replication replication factor of internal topics (1 for a single broker)
     * @param extra       further Streams settings, overriding the defaults
     */
    public StreamsApp(GovwatchTopology.Dependencies deps, String bootstrap, Path stateDir, int replication,
                      Map<String, ?> extra) {
        Properties props = StreamsSettings.of(bootstrap, stateDir, replication, GovwatchTopology.settings(deps), extra);
        Object server = props.get(StreamsConfig.APPLICATION_SERVER_CONFIG);
        this.self = server == null || server.toString().isBlank() ? null : HostInfo.buildFromEndpoint(server.toString());
        this.streams = new KafkaStreams(GovwatchTopology.build(deps), props);
        this.streams.setUncaughtExceptionHandler(e -> {
            log.error("streams thread failed; stopping the streams app", e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        this.streamsMetrics = StreamsMetrics.bindKafka(streams, deps.metrics());
    }

    /** Starts and waits until the app is RUNNING; throws if it fails or {@code timeout} passes. */
    public void start(Duration timeout) throws InterruptedException {
        start();
        if (!awaitRunning(timeout)) {
            throw new IllegalStateException("streams app not running after " + timeout + ": " + streams.state());
        }
    }

    /** This app, started without waiting. */
    public StreamsApp started() {
        start();
        return this;
    }

    /** Starts without waiting. */
    public void start() {
        streams.setStateListener((now, before) -> {
            synchronized (this) {
                runningSince = now == KafkaStreams.State.RUNNING ? System.nanoTime() : -1;
                notifyAll();
            }
        });
        streams.start();
    }

    /**
     * Waits until the app is RUNNING with an active task on each of its stream threads, the assignment a start
     * settles on. The first RUNNING comes sooner: the threads join the group one after the other, the first takes
     * every task and hands most of them on in follow-up rebalances, during which processing stalls again. When the
     * group has more threads than tasks some thread stays idle: then {@link #SETTLED_QUIET} of RUNNING without a
     * rebalance will do.
     *
     * @param giveUp asked every few milliseconds whether to stop waiting (a shutdown)
     * @return whether it settled within {@code timeout}
     * @throws IllegalStateException if the app has failed or stopped
     */
    public synchronized boolean awaitSettled(Duration timeout, BooleanSupplier giveUp) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long quiet = SETTLED_QUIET.toNanos();
        while (!giveUp.getAsBoolean()) {
            if (failed()) {
                throw new IllegalStateException("streams app stopped: " + streams.state());
            }
            long now = System.nanoTime();
            if (runningSince >= 0 && (now - runningSince >= quiet || everyThreadHasTasks())) {
                return true;
            }
            if (now >= deadline) {
                return false;
            }
            wait(Math.max(1, Math.min(20, (deadline - now) / 1_000_000))); // thread assignments do not notify
        }
        return false;
    }

    private boolean everyThreadHasTasks() {
        var threads = streams.metadataForLocalThreads();
        return !threads.isEmpty() && threads.stream().allMatch(t -> !t.activeTasks().isEmpty());
    }

    /**
     * Waits up to {@code timeout} for the RUNNING state (reached after each rebalance and restore).
     *
     * @return whether it is running
     * @throws IllegalStateException if the app has failed or stopped
     */
    public synchronized boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING
                    || streams.state() == KafkaStreams.State.PENDING_ERROR) {
                throw new IllegalStateException("streams app stopped: " + streams.state());
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Whether the app has failed or stopped for good (an uncaught error shuts it down). */
    public boolean failed() {
        KafkaStreams.State s = streams.state();
        return s == KafkaStreams.State.ERROR || s == KafkaStreams.State.PENDING_ERROR
                || s == KafkaStreams.State.NOT_RUNNING || s == KafkaStreams.State.PENDING_SHUTDOWN;
    }

    /**
     * The {@code application.server} setting for an instance whose report queries are served at {@code host:port}, so
     * that other instances can name it as the owner of a region (a wildcard host is advertised as this machine's
     * name); empty when queries are not served.
     */
    public static Map<String, Object> queryEndpoint(String host, int port) {
        if (port <= 0) {
            return Map.of();
        }
        String advertised = host;
        if (host.equals("0.0.0.0") || host.equals("::")) {
            try {
                advertised = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException("--http-host " + host + ": cannot tell this machine's name to other"
                        + " instances (" + e.getMessage() + "); give the address they reach it at", e);
            }
        }
        return Map.of(StreamsConfig.APPLICATION_SERVER_CONFIG, advertised + ":" + port);
    }

    /** Interactive queries on this instance's store, knowing where the other instances are. */
    public ReportQueries queries() {
        return new ReportQueries(streams, self);
    }

    /** The running Kafka Streams instance, for interactive queries. */
    public KafkaStreams streams() {
        return streams;
    }

    @Override
    public void close() {
        // Leave the group now: a restarted app would otherwise wait out the session timeout for this member.
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        streamsMetrics.close();
    }
}
