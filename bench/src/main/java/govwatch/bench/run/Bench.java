package govwatch.bench.run;

import govwatch.app.embedded.EmbeddedKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code ./govwatch bench [--pages N] [--rate R] [--json FILE] [--seed S] [--instances I] [--figures F]}: on this machine, the pipeline's speed
 * next to the ceilings of its parts, on one generated portal of N report pages and one in-process broker. Not part
 * of the test run; figures go to stdout as a table (and to FILE as JSON), progress to stderr.
 */
public final class Bench {

    /** The analyzer ceiling's CPU ms a page on its own thread, the JIT's and GC's threads left out. */
    static final String THREAD_CPU = "threadCpuMsPerPage";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        BenchOptions o;
        try {
            o = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("govwatch bench: " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        Path work = Files.createTempDirectory("govwatch-bench");
        int exit = 0;
        try {
            BenchReport report = run(o, work);
            report.printTable(System.out);
            if (o.json() != null) {
                report.writeJson(o.json());
                System.err.println("govwatch bench: wrote " + o.json());
            }
        } catch (Exception e) {
            System.err.println("govwatch bench: failed: " + e);
            e.printStackTrace();
            exit = 1;
        } finally {
            delete(work);
        }
        System.exit(exit); // the broker's and streams' non-daemon threads must not keep the JVM alive
    }

    static BenchReport run(BenchOptions o, Path work) throws Exception {
        progress("generating %d report pages (seed %d, %s figures)", o.pages(), o.seed(),
                o.figures().name().toLowerCase(Locale.ROOT));
        ReportPages portal = new ReportPages(o.pages(), o.seed(), o.figures());
        List<byte[]> bodies = portal.articles().stream().map(p -> portal.pages().get(p)).toList();
        double kb = bodies.stream().mapToInt(b -> b.length).average().orElse(0) / 1024;
        List<Step> ceilings = new ArrayList<>();
        List<Step> pipeline = new ArrayList<>();
        Ceilings c = new Ceilings(portal);
        try (PortalServer server = new PortalServer(portal.pages(), 0);
             EmbeddedKafka broker = EmbeddedKafka.start(work.resolve("broker"))) {
            progress("ceilings");
            ceilings.add(Step.measure("raw HTTP fetch (java.net.http, 8 parallel)", () -> c.fetch(server.base(), 8)));
            ceilings.add(Step.measure("jsoup parse + text (1 thread)", c::parse));
            Step analyzer = Step.measure("analyzer alone (1 thread)", c::analyze);
            analyzer.extra().put("targetsPerReport", analyzer.pages() > 0 ? (double) c.targets() / analyzer.pages() : 0);
            analyzer.extra().put(THREAD_CPU, analyzer.pages() > 0 ? c.analyzerThreadCpuNanos() / 1e6 / analyzer.pages() : 0);
            ceilings.add(analyzer);
            ceilings.add(Step.measure("Kafka produce → consume (exactly-once)",
                    () -> KafkaCeiling.produceConsume(broker.bootstrapServers(), bodies)));
            Path data = work.resolve("run");
            try (ExtraInstances extra = new ExtraInstances(o.instances() - 1, broker.bootstrapServers(),
                    work.resolve("extra-instances"))) {
                progress("pipeline, first pass (full speed)");
                pipeline.add(PipelinePass.run("pipeline run --once, full speed", server, o.pages(),
                        broker.bootstrapServers(), data));
                progress("pipeline, second pass (nothing changed)");
                pipeline.add(PipelinePass.run("second pass, nothing changed", server, o.pages(),
                        broker.bootstrapServers(), data));
            }
        }
        if (o.rate() > 0) {
            progress("pipeline at an offered rate of %.0f report pages/s (fresh broker)", o.rate());
            try (PortalServer server = new PortalServer(portal.pages(), o.rate());
                 EmbeddedKafka broker = EmbeddedKafka.start(work.resolve("broker-rate"));
                 ExtraInstances extra = new ExtraInstances(o.instances() - 1, broker.bootstrapServers(),
                         work.resolve("extra-instances-rate"))) {
                pipeline.add(PipelinePass.run(String.format("pipeline run --once at %.0f pages/s offered", o.rate()),
                        server, o.pages(), broker.bootstrapServers(), work.resolve("run-rate")));
            }
        }
        Step analyzer = ceilings.get(2);
        double analyzerCpuMs = analyzer.cpuSeconds() * 1000 / analyzer.pages();
        double analyzerThreadCpuMs = (double) analyzer.extra().get(THREAD_CPU);
        for (Step p : pipeline) { // the goal: a page costs the pipeline at most twice what it costs the analyzer alone
            p.extra().put("cpuPerPageTimesAnalyzers", p.cpuSeconds() * 1000 / p.pages() / analyzerCpuMs);
            p.extra().put("cpuPerPageTimesAnalyzerThreads", p.cpuSeconds() * 1000 / p.pages() / analyzerThreadCpuMs);
        }
        return new BenchReport(o, kb, ceilings, pipeline);
    }

    static void progress(String format, Object... args) {
        System.err.printf("govwatch bench: %s " + format + " (load %.2f)%n",
                prepend(java.time.LocalTime.now().withNano(0), append(args, Step.load())));
    }

    private static Object[] prepend(Object first, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = first;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    private static Object[] append(Object[] args, Object last) {
        Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }

    private static void delete(Path dir) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
