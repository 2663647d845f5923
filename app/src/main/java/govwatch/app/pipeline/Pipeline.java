package govwatch.app.pipeline;

import govwatch.app.broker.Cluster;
import govwatch.app.broker.DataDirLock;
import govwatch.app.crawl.KafkaCrawler;
import govwatch.app.embedded.ServedPortals;
import govwatch.app.query.QueryServer;
import govwatch.crawler.CrawlSummary;
import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.seed.PortalSeed;
import govwatch.events.Alert;
import govwatch.streams.GovwatchTopology;
import govwatch.streams.MissingReportRules;
import govwatch.streams.StreamsApp;
import govwatch.understanding.DefaultTargetComparer;
import govwatch.understanding.WorkReportAnalyzer;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main job: the crawler and the topology against one cluster. Each pass crawls every due page, waits
 * until the topology has processed all of it, and hands each alert to a sink as soon as it is committed, during the
 * crawl as well as after it.
 */
public final class Pipeline {

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);
    /** How long the first crawl waits for the streams app to settle its tasks; past it the pages wait in Kafka. */
    private static final Duration SETTLE_CAP = Duration.ofSeconds(60);

    /**
     * @param seeds       the portals
     * @param bootstrap   an existing cluster, or null for the in-process broker under {@code dataDir}
     * @param dataDir     broker log dir and streams state
     * @param once        one pass, then return; else pass after pass on the shortest re-crawl interval
     * @param crawler     crawler settings
     * @param passTimeout how long one pass may take to be processed
     * @param queryHost   address the report query endpoint binds to
     * @param queryPort   port of the report query endpoint (0 picks one), or -1 for none
     * @param reportRevised whether text-only revisions raise REPORT_REVISED
     * @param replication replication factor of topics created on an existing cluster
     * @param missingReports when a township's report counts as missing (MISSING_REPORT)
     */
    public record Options(List<PortalSeed> seeds, String bootstrap, Path dataDir, boolean once,
                          CrawlerConfig crawler, Duration passTimeout, String queryHost, int queryPort,
                          boolean reportRevised, short replication, MissingReportRules missingReports) {

        /** Options with the default MISSING_REPORT rules. */
        public Options(List<PortalSeed> seeds, String bootstrap, Path dataDir, boolean once, CrawlerConfig crawler,
                       Duration passTimeout, String queryHost, int queryPort, boolean reportRevised,
                       short replication) {
            this(seeds, bootstrap, dataDir, once, crawler, passTimeout, queryHost, queryPort, reportRevised,
                    replication, MissingReportRules.DEFAULT);
        }

        /** Options with queries on 127.0.0.1, REPORT_REVISED off and replication 1. */
        public Options(List<PortalSeed> seeds, String bootstrap, Path dataDir, boolean once, CrawlerConfig crawler,
                       Duration passTimeout, int queryPort) {
            this(seeds, bootstrap, dataDir, once, crawler, passTimeout, "127.0.0.1", queryPort, false, (short) 1);
        }
    }

    private Pipeline() {
    }

    /**
     * What a run did.
     *
     * @param alerts       alerts handed to the sink
     * @param portalErrors the last crawl pass's portal errors: portal id → its last error (empty when all went well)
     * @param stopped      whether the run was stopped (Ctrl-C, SIGTERM) rather than done
     */
    public record Result(int alerts, Map<String, String> portalErrors, boolean stopped) {
    }

    /** Runs until done ({@code once}) or stopped. */
    public static Result run(Options o, MeterRegistry metrics, Consumer<Alert> sink, StopSignal stop) throws Exception {
        return run(o, metrics, sink, pass -> { }, stop);
    }

    /** Runs until done ({@code once}) or stopped, handing each crawl pass's summary to {@code passes}. */
    public static Result run(Options o, MeterRegistry metrics, Consumer<Alert> sink, Consumer<CrawlSummary> passes,
                             StopSignal stop) throws Exception {
        AtomicInteger alerts = new AtomicInteger();
        Consumer<Alert> counting = a -> {
            alerts.incrementAndGet();
            sink.accept(a);
        };
        GovwatchTopology.Dependencies deps = dependencies(metrics, o.reportRevised(), o.missingReports());
        Map<String, String> portalErrors = Map.of();
        try (DataDirLock streamsState = DataDirLock.acquire(o.dataDir()); // before anything starts: a clear error
             ServedPortals sites = ServedPortals.start(o.seeds());
             Cluster cluster = Cluster.open(o.bootstrap(), o.dataDir(), o.replication());
             // started at once: it joins its group while the alert feed and the crawler get ready
             StreamsApp streams = new StreamsApp(deps, cluster.bootstrap(),
                     o.dataDir().resolve("streams-state"), cluster.replication(), streamsSettings(o)).started();
             AlertFeed feed = new AlertFeed(cluster.bootstrap(), false);
             StreamsLag lag = new StreamsLag(cluster.bootstrap(), StreamsApp.APPLICATION_ID,
                     GovwatchTopology.build(deps).describe());
             KafkaCrawler crawler = new KafkaCrawler(cluster.bootstrap(), o.dataDir().resolve("crawl-state"), o.crawler(),
                     o.seeds(), metrics)) {
            stop.onRaise(crawler::cancel); // a shutdown must not wait for a long polite pass
            // Pages published while the app joins its group, or while its first rebalances spread the tasks over
            // its threads, would wait for it in Kafka for seconds: a first crawl, which publishes every page it
            // finds, starts once the app holds its tasks. A crawler that remembers its portals mostly re-checks
            // unchanged pages (304s): it starts at once rather than wait for nothing.
            if (!crawler.remembersAPortal() && !streams.awaitSettled(SETTLE_CAP, stop::raised) && !stop.raised()) {
                log.info("the streams app holds no tasks after {}; crawling anyway, the pages wait for it", SETTLE_CAP);
            }
            try (QueryServer ignored = o.queryPort() < 0 ? null
                    : QueryServer.start(streams.queries(), o.queryHost(), o.queryPort(), cluster.bootstrap())) {
                while (!stop.raised()) {
                    CrawlSummary pass = crawlWhileAlerting(crawler, o.once(), feed, counting);
                    portalErrors = pass.portalErrors();
                    boolean done = lag.await(o.passTimeout(), () -> {
                        if (streams.failed()) {
                            throw new IllegalStateException("the streams app failed; see the log above");
                        }
                        feed.poll(Duration.ofMillis(100), counting);
                        return !stop.raised();
                    });
                    if (!done) {
                        break;
                    }
                    feed.drain(counting, o.passTimeout());
                    passes.accept(pass);
                    if (o.once()) {
                        return new Result(alerts.get(), portalErrors, false);
                    }
                    log.info("next crawl pass in {}", crawler.interval());
                    long nextPass = System.nanoTime() + crawler.interval().toNanos();
                    while (System.nanoTime() < nextPass && !stop.raised()) {
                        feed.poll(Duration.ofSeconds(1), counting);
                    }
                }
                log.info("stopping");
                return new Result(alerts.get(), portalErrors, true);
            }
        }
    }

    /**
     * Runs one crawl pass on its own thread while this one hands alerts to the sink as the topology decides them,
     * rather than after the pass (the feed is not thread-safe: only this thread polls it).
     */
    private static CrawlSummary crawlWhileAlerting(KafkaCrawler crawler, boolean once, AlertFeed feed,
                                                   Consumer<Alert> sink) throws Exception {
        ExecutorService passThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "crawl-pass"));
        try {
            Future<CrawlSummary> pass = passThread.submit(() -> crawler.pass(once));
            while (!pass.isDone()) {
                feed.poll(Duration.ofMillis(100), sink);
            }
            return pass.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        } finally {
            passThread.shutdownNow();
        }
    }

    /**
     * Where other instances reach this one's queries; on the in-process broker, a previous run that was killed leaves
     * its group member behind until the session times out: a short session keeps the next start from waiting the
     * 45 s default out.
     */
    private static Map<String, Object> streamsSettings(Options o) {
        Map<String, Object> settings = new HashMap<>(StreamsApp.queryEndpoint(o.queryHost(), o.queryPort()));
        if (o.bootstrap() == null) {
            settings.put("session.timeout.ms", 10_000); // heartbeats every 0.5 s, StreamsApp's default
        }
        return settings;
    }

    /** The topology's dependencies as the product runs it. */
    public static GovwatchTopology.Dependencies dependencies(MeterRegistry metrics, boolean reportRevised) {
        return dependencies(metrics, reportRevised, MissingReportRules.DEFAULT);
    }

    /** The topology's dependencies as the product runs it, with these MISSING_REPORT rules. */
    public static GovwatchTopology.Dependencies dependencies(MeterRegistry metrics, boolean reportRevised,
                                                             MissingReportRules missingReports) {
        return new GovwatchTopology.Dependencies(new WorkReportAnalyzer(), new DefaultTargetComparer(),
                Clock.systemUTC(), metrics, reportRevised, missingReports);
    }
}
