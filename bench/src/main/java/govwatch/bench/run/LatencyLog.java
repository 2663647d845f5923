package govwatch.bench.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The alerts of one pass (how many, first and last) and the publish → alert latency of each page, with the moment
 * the portal published it, so the tail can be told apart: the start-up (pages published before the pipeline's
 * first alert, while the streams app still joins its group) or the steady state (pages published after it).
 * Sized for the expected pages up front, so that the pass's heap figure does not count this bench bookkeeping
 * (it grows only if more pages come). Thread-safe.
 */
final class LatencyLog {

    private final long startMillis;
    private long[] publishedAt; // ms since the pass started, per page, in arrival order
    private long[] latency; // ms
    private int pages;
    private int alerts;
    private long firstAlertMillis = Long.MAX_VALUE;
    private long lastAlertMillis = Long.MIN_VALUE;

    LatencyLog(long startMillis, int expectedPages) {
        this.startMillis = startMillis;
        this.publishedAt = new long[Math.max(16, expectedPages)];
        this.latency = new long[publishedAt.length];
    }

    /** An alert reached the sink at {@code nowMillis}; {@code publishedMillis} is when its page was sent, or null. */
    synchronized void alert(long nowMillis, Long publishedMillis) {
        alerts++;
        firstAlertMillis = Math.min(firstAlertMillis, nowMillis);
        lastAlertMillis = Math.max(lastAlertMillis, nowMillis);
        if (publishedMillis != null) {
            if (pages == publishedAt.length) {
                publishedAt = Arrays.copyOf(publishedAt, pages * 2);
                latency = Arrays.copyOf(latency, pages * 2);
            }
            publishedAt[pages] = publishedMillis - startMillis;
            latency[pages++] = nowMillis - publishedMillis;
        }
    }

    synchronized int alerts() {
        return alerts;
    }

    /** The alert figures, in seconds since the pass started: first and last alert (none if no alert came). */
    synchronized void putAlertFigures(Map<String, Object> extra) {
        extra.put("alerts", alerts);
        if (alerts > 0) {
            extra.put("firstAlertSeconds", (firstAlertMillis - startMillis) / 1000.0);
            extra.put("lastAlertSeconds", (lastAlertMillis - startMillis) / 1000.0);
        }
    }

    /** The latency figures, in seconds: overall p50/p99 and the steady state's (published after the first alert). */
    synchronized void putFigures(Map<String, Object> extra) {
        List<Long> all = IntStream.range(0, pages).mapToObj(i -> latency[i]).toList();
        long first = firstAlertMillis - startMillis;
        List<Long> steady = IntStream.range(0, pages).filter(i -> publishedAt[i] >= first).mapToObj(i -> latency[i])
                .toList();
        extra.put("latencyP50Seconds", PipelinePass.percentile(all, 50) / 1000.0);
        extra.put("latencyP99Seconds", PipelinePass.percentile(all, 99) / 1000.0);
        extra.put("steadyStatePages", steady.size());
        extra.put("steadyStateLatencyP50Seconds", PipelinePass.percentile(steady, 50) / 1000.0);
        extra.put("steadyStateLatencyP99Seconds", PipelinePass.percentile(steady, 99) / 1000.0);
        extra.put("pagesOver1s", IntStream.range(0, pages).filter(i -> latency[i] > 1000).count());
        extra.put("pagesOver1sPublishedBeforeFirstAlert",
                IntStream.range(0, pages).filter(i -> latency[i] > 1000 && publishedAt[i] < first).count());
    }

    /** Each page as [published at s, latency s], in publish order (for the JSON only). */
    synchronized List<double[]> perPage() {
        List<double[]> out = new ArrayList<>(pages);
        IntStream.range(0, pages).boxed().sorted(Comparator.comparingLong(i -> publishedAt[i]))
                .forEach(i -> out.add(new double[] {publishedAt[i] / 1000.0, latency[i] / 1000.0}));
        return out;
    }
}
