package govwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The progress line reads the crawler's meters: pages per portal, queued URLs, alerts so far. */
class ProgressLineTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicInteger queued = new AtomicInteger();

    private void pages(String portal, String outcome, int n) {
        registry.counter("govwatch.crawler.pages", "portal", portal, "outcome", outcome).increment(n);
    }

    @Test
    void countsPagesPerPortalQueuedUrlsAndAlerts() {
        pages("xinzhen", "ok", 90);
        pages("xinzhen", "not_modified", 10);
        pages("dongming", "ok", 20);
        Gauge.builder("govwatch.crawler.queue.depth", queued::get).tag("host", "a").register(registry);
        queued.set(35);

        try (ProgressLine line = ProgressLine.start(registry, () -> 3, System.err, ProgressLine.Mode.OFF, Duration.ofHours(1))) {
            assertThat(line.line()).isEqualTo("120 pages (dongming 20, xinzhen 100), 35 queued, 3 alerts so far");
        }
    }

    @Test
    void withoutATerminalALineIsWrittenOnlyWhenSomethingChanged() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ProgressLine line = ProgressLine.start(registry, null, new PrintStream(err, true, StandardCharsets.UTF_8),
                ProgressLine.Mode.LINES, Duration.ofMillis(20))) {
            pages("xinzhen", "ok", 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> err.toString(StandardCharsets.UTF_8).contains("1 pages"));
            pages("xinzhen", "ok", 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> err.toString(StandardCharsets.UTF_8).contains("2 pages"));
        }

        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("govwatch: 1 pages, 0 queued", "govwatch: 2 pages, 0 queued");
    }
}
