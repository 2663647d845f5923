package govwatch.bench.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Publish → alert latency of each page of one pass, with the moment the portal published it, so the tail can be
 * told apart: the start-up (pages published before the pipeline's first alert, while the streams app still joins
 * its group) or the steady state (pages published after it). Thread-safe.
 */
final class LatencyLog {

    /** One page: published at (ms since the pass started) and its publish → alert latency in ms. */
    record Page(long publishedAtMillis, long latencyMillis) {
    }

    private final long startMillis;
    private final List<Page> pages = Collections.synchronizedList(new ArrayList<>());
    private volatile long firstAlertMillis = Long.MAX_VALUE;

    LatencyLog(long startMillis) {
        this.startMillis = startMillis;
    }

    /** An alert reached the sink at {@code nowMillis}; {@code publishedMillis} is when its page was sent, or null. */
    synchronized void alert(long nowMillis, Long publishedMillis) {
        firstAlertMillis = Math.min(firstAlertMillis, nowMillis);
        if (publishedMillis != null) {
            pages.add(new Page(publishedMillis - startMillis, nowMillis - publishedMillis));
        }
    }

    /** The figures, in seconds: overall p50/p99 and the steady state's (published after the first alert). */
    synchronized void putFigures(Map<String, Object> extra) {
        List<Long> all = pages.stream().map(Page::latencyMillis).toList();
        long first = firstAlertMillis - startMillis;
        List<Long> steady = pages.stream().filter(p -> p.publishedAtMillis() >= first).map(Page::latencyMillis)
                .toList();
        extra.put("latencyP50Seconds", PipelinePass.percentile(all, 50) / 1000.0);
        extra.put("latencyP99Seconds", PipelinePass.percentile(all, 99) / 1000.0);
        extra.put("steadyStatePages", steady.size());
        extra.put("steadyStateLatencyP50Seconds", PipelinePass.percentile(steady, 50) / 1000.0);
        extra.put("steadyStateLatencyP99Seconds", PipelinePass.percentile(steady, 99) / 1000.0);
        extra.put("pagesOver1s", pages.stream().filter(p -> p.latencyMillis() > 1000).count());
        extra.put("pagesOver1sPublishedBeforeFirstAlert",
                pages.stream().filter(p -> p.latencyMillis() > 1000 && p.publishedAtMillis() < first).count());
    }

    /** Each page as [published at s, latency s], in publish order (for the JSON only). */
    synchronized List<double[]> perPage() {
        return pages.stream().sorted(java.util.Comparator.comparingLong(Page::publishedAtMillis))
                .map(p -> new double[] {p.publishedAtMillis() / 1000.0, p.latencyMillis() / 1000.0}).toList();
    }
}
