package govwatch.bench.run;

import govwatch.understanding.SourceDocument;
import govwatch.understanding.WorkReportAnalyzer;
import govwatch.understanding.model.Report;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;

/**
 * The ceilings the pipeline is compared with: each does one part of its work on the same pages, alone and as
 * fast as it can. (Kafka's ceiling is {@link KafkaCeiling}.)
 */
final class Ceilings {

    private final ReportPages portal;
    private long targets;
    private long analyzerThreadCpuNanos;

    Ceilings(ReportPages portal) {
        this.portal = portal;
    }

    /** Raw HTTP GETs of every report page: one reused java.net.http client, {@code parallel} requests in flight. */
    int fetch(String base, int parallel) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        List<String> paths = portal.articles();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> workers = new java.util.ArrayList<>();
            for (int t = 0; t < parallel; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < paths.size(); i = next.getAndIncrement()) {
                        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base + paths.get(i)))
                                .build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() == 200) {
                            ok.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return ok.get();
    }

    /** jsoup parse + visible text of every report page, one thread. */
    int parse() {
        long chars = 0;
        for (String path : portal.articles()) {
            chars += Jsoup.parse(html(path), path).text().length();
        }
        return chars > 0 ? portal.articles().size() : 0;
    }

    /** The analyzer alone on every report page, one thread; returns the pages it read as a report. */
    int analyze() {
        WorkReportAnalyzer analyzer = new WorkReportAnalyzer();
        int reports = 0;
        targets = 0;
        long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (String path : portal.articles()) {
            Report r = analyzer.analyze(new SourceDocument("http://bench" + path, "text/html", html(path)));
            if (r.report()) {
                reports++;
                targets += r.targets().size();
            }
        }
        analyzerThreadCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore;
        return reports;
    }

    /**
     * The CPU the last {@link #analyze} took on its own thread: the analysis alone, without the JIT compilers' and the
     * collector's threads that the step's process CPU counts too.
     */
    long analyzerThreadCpuNanos() {
        return analyzerThreadCpuNanos;
    }

    /** The targets the last {@link #analyze} found in all reports. */
    long targets() {
        return targets;
    }

    private String html(String path) {
        return new String(portal.pages().get(path), StandardCharsets.UTF_8);
    }
}
