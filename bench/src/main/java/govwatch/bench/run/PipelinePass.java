package govwatch.bench.run;

import govwatch.app.pipeline.Pipeline;
import govwatch.app.pipeline.StopSignal;
import govwatch.crawler.CrawlSummary;
import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.seed.PortalSeed;
import govwatch.events.Alert;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One {@code run --once} of the product's {@link Pipeline} against the bench portal, politeness off, on a given
 * broker: pages/s, when the first and last alert reached the sink, and publish → alert latency (from the moment
 * the portal sent a report page to the moment its alert reached the sink, as {@code run} would print it).
 */
final class PipelinePass {

    /** The extra holding each page's [published at s, latency s]: in the JSON, not in the table. */
    static final String PER_PAGE = "perPageLatency";
    /** The extra holding the pass's CPU seconds by thread group, until every alert is in ({@link ThreadCpu}). */
    static final String CPU_BY_GROUP = "cpuSecondsByThreadGroup";

    private PipelinePass() {
    }

    /** Runs one pass; the step's pages are the report pages the portal has; extra figures are filled in. */
    static Step run(String name, PortalServer portal, int reportPages, String bootstrap, Path dataDir) throws Exception {
        portal.reset();
        PortalSeed seed = new PortalSeed("bench", "bench portal", List.of(portal.base() + "/zwgk/index.html"),
                List.of(portal.base() + "/zwgk/"), List.of(), 3, Duration.ofHours(1), Duration.ZERO, null, null, null,
                wholePortal(reportPages));
        Pipeline.Options options = new Pipeline.Options(List.of(seed), bootstrap, dataDir, true,
                CrawlerConfig.defaults(), Duration.ofMinutes(30), -1);
        AtomicReference<CrawlSummary> summary = new AtomicReference<>();
        long start = System.currentTimeMillis();
        LatencyLog alerts = new LatencyLog(start, reportPages); // before the baseline: the bench's own
        String dumpTo = System.getProperty("bench.heapDump");
        AtomicReference<Map<String, Double>> cpuByGroup = new AtomicReference<>(Map.of());
        try (HeapWatch heap = new HeapWatch()) {
            long portalCpu = portal.cpuNanos();
            ThreadCpu.Snapshot threadsBefore = ThreadCpu.take();
            Step measured = Step.measure(name, () -> {
                Pipeline.run(options, new SimpleMeterRegistry(), alert -> {
                    alerts.alert(System.currentTimeMillis(), portal.servedAtMillis(path(alert)));
                }, pass -> {
                    summary.set(pass);
                    cpuByGroup.set(ThreadCpu.between(threadsBefore, ThreadCpu.take())); // before any thread closes
                    heap.measureLive(); // the pass is over, every alert in, the pipeline still open
                    if (dumpTo != null && !new java.io.File(dumpTo).exists()) { // the first pass's
                        HeapWatch.dump(dumpTo);
                    }
                }, StopSignal.never());
                return reportPages;
            });
            // The full collection above is measurement, not the pipeline's work: taken out of its time and CPU; so is
            // the CPU the portal took to serve the pages (a real portal is another machine).
            double portalCpuSeconds = (portal.cpuNanos() - portalCpu) / 1e9;
            Step step = new Step(measured.name(), measured.pages(), measured.seconds() - heap.liveCostSeconds(),
                    measured.cpuSeconds() - heap.liveCostCpuSeconds() - portalCpuSeconds, measured.loadBefore(),
                    measured.extra());
            CrawlSummary s = summary.get();
            alerts.putAlertFigures(step.extra());
            if (s != null) {
                step.extra().put("crawl", "fetched " + s.fetched() + ", published " + s.published() + ", 304 "
                        + s.notModified() + ", unchanged " + s.unchanged() + ", errors " + s.errors());
            }
            if (alerts.alerts() > 0) {
                alerts.putFigures(step.extra());
                if (portal.rated()) {
                    step.extra().put(PER_PAGE, alerts.perPage());
                }
            }
            step.extra().put("cpuMsPerPage", step.cpuSeconds() * 1000 / reportPages);
            long peak = heap.peakAfterGcBytes();
            step.extra().put("peakHeapAfterGcMb", peak / 1048576.0);
            step.extra().put("benchOwnHeapMb", heap.baselineBytes() / 1048576.0);
            step.extra().put("pipelineHeapMb", (peak - heap.baselineBytes()) / 1048576.0); // peak less the bench's own
            step.extra().put("pipelineLiveHeapAtEndMb", (heap.liveBytes() - heap.baselineBytes()) / 1048576.0);
            step.extra().put("liveHeapGcSecondsLeftOut", heap.liveCostSeconds());
            step.extra().put("portalCpuSecondsLeftOut", portalCpuSeconds);
            step.extra().put(CPU_BY_GROUP, cpuByGroup.get());
            return step;
        }
    }

    /** Budgets that let one pass fetch every page of the bench portal (the defaults stop at 2,000 pages). */
    private static PortalSeed.Budgets wholePortal(int reportPages) {
        PortalSeed.Budgets d = PortalSeed.Budgets.DEFAULTS;
        return new PortalSeed.Budgets(Math.max(d.maxLinksPerPage(), reportPages / ReportPages.PER_LIST + 1),
                Math.max(d.maxPagesPerPass(), reportPages + reportPages / ReportPages.PER_LIST + 10), d.pageTime(),
                d.passTime());
    }

    private static String path(Alert alert) {
        return alert.sourceUrl() == null ? "" : URI.create(alert.sourceUrl()).getRawPath();
    }

    static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
