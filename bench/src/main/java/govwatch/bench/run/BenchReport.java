package govwatch.bench.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import govwatch.streams.StreamsApp;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bench's figures: one table (a row per step, the pipeline's first pass ÷ each ceiling) and the same as JSON.
 */
final class BenchReport {

    private final BenchOptions options;
    private final double pageKb;
    private final List<Step> ceilings;
    private final List<Step> pipeline;

    BenchReport(BenchOptions options, double pageKb, List<Step> ceilings, List<Step> pipeline) {
        this.options = options;
        this.pageKb = pageKb;
        this.ceilings = ceilings;
        this.pipeline = pipeline;
    }

    /** The first pipeline pass's pages/s ÷ the step's, as a percentage. */
    private double ratio(Step ceiling) {
        return ceiling.pagesPerSecond() > 0 ? 100 * pipeline.get(0).pagesPerSecond() / ceiling.pagesPerSecond() : 0;
    }

    /** Targets per report as the analyzer ceiling read them. */
    private double targetsPerReport() {
        return ceilings.stream().map(s -> s.extra().get("targetsPerReport")).filter(Double.class::isInstance)
                .mapToDouble(Double.class::cast).findFirst().orElse(0);
    }

    /** The JVM's options (heap, JIT, a class data sharing archive): they move every figure. */
    private static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    void printTable(PrintStream out) {
        out.printf("govwatch bench: %d report pages (%.1f KB avg, %.0f targets a report), seed %d, %d cores, Java %s,"
                + " %d streams instance(s) of %d threads, JVM options %s%n%n", options.pages(), pageKb, targetsPerReport(),
                options.seed(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                options.instances(), StreamsApp.DEFAULT_THREADS, jvmOptions());
        out.println("| step | pages | s | pages/s | CPU s | load before | pipeline ÷ it |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Step s : ceilings) {
            row(out, s, String.format("%.0f%%", ratio(s)));
        }
        for (Step s : pipeline) {
            row(out, s, "—");
        }
        out.println();
        for (Step s : pipeline) {
            Map<String, Object> shown = new LinkedHashMap<>(s.extra());
            shown.remove(PipelinePass.PER_PAGE);
            out.println(s.name() + ": " + shown);
        }
    }

    private static void row(PrintStream out, Step s, String ratio) {
        out.printf("| %s | %d | %.1f | %.0f | %.1f | %.2f | %s |%n", s.name(), s.pages(), s.seconds(),
                s.pagesPerSecond(), s.cpuSeconds(), s.loadBefore(), ratio);
    }

    void writeJson(Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("at", Instant.now().toString());
        root.put("pages", options.pages());
        root.put("seed", options.seed());
        root.put("figures", options.figures().name().toLowerCase(Locale.ROOT));
        root.put("targetsPerReport", targetsPerReport());
        root.put("offeredRate", options.rate());
        root.put("pageKb", pageKb);
        root.put("cores", Runtime.getRuntime().availableProcessors());
        root.put("java", System.getProperty("java.version"));
        root.put("jvmOptions", jvmOptions());
        root.put("streamsInstances", options.instances());
        root.put("streamThreadsPerInstance", StreamsApp.DEFAULT_THREADS);
        root.put("ceilings", ceilings.stream().map(s -> json(s, ratio(s))).toList());
        root.put("pipeline", pipeline.stream().map(s -> json(s, null)).toList());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

    private static Map<String, Object> json(Step s, Double pipelinePercent) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", s.name());
        m.put("pages", s.pages());
        m.put("seconds", s.seconds());
        m.put("pagesPerSecond", s.pagesPerSecond());
        m.put("cpuSeconds", s.cpuSeconds());
        m.put("loadBefore", s.loadBefore());
        if (pipelinePercent != null) {
            m.put("pipelinePercentOfIt", pipelinePercent);
        }
        m.putAll(s.extra());
        return m;
    }
}
