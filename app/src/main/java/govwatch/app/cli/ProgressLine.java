package govwatch.app.cli;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * Progress of a long crawl on standard error, read from the crawler's own meters ({@code govwatch.crawler.pages} by
 * portal, {@code govwatch.crawler.queue.depth}) so the crawler needs no hook of its own: pages done in total and per
 * portal, URLs queued, alerts so far. On a terminal one line is rewritten in place every second; otherwise (a log
 * file, a container) a line is written every few seconds, and only when something changed.
 */
final class ProgressLine implements AutoCloseable {

    /** How progress is shown: set by the launcher ({@code -Dgovwatch.progress}), which knows whether stderr is a terminal. */
    enum Mode { TERMINAL, LINES, OFF }

    private static final int PORTALS_SHOWN = 4;

    private final MeterRegistry registry;
    private final IntSupplier alerts;
    private final PrintStream err;
    private final Mode mode;
    private final ScheduledExecutorService timer;
    private final PrintStream replacedErr;
    private String last = "";
    private boolean lineOpen;

    private ProgressLine(MeterRegistry registry, IntSupplier alerts, PrintStream err, Mode mode, Duration every) {
        this.registry = registry;
        this.alerts = alerts;
        this.err = err;
        this.mode = mode;
        this.replacedErr = mode == Mode.TERMINAL ? System.err : null;
        if (mode == Mode.TERMINAL) {
            // Whatever else writes to stderr (log lines: log4j2.xml follows System.err) first clears the live line,
            // which the next tick draws again below it: no log line is glued to the end of the progress line.
            System.setErr(new PrintStream(new ClearingStream(), true, StandardCharsets.UTF_8));
        }
        this.timer = mode == Mode.OFF ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "govwatch-progress");
            t.setDaemon(true);
            return t;
        });
        if (timer != null) {
            timer.scheduleAtFixedRate(this::show, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Starts showing progress in the mode the launcher chose (lines every 5 s when it did not say).
     *
     * @param alerts how many alerts so far, or null where no alerts are made (the crawler alone)
     */
    static ProgressLine start(MeterRegistry registry, IntSupplier alerts, PrintStream err) {
        Mode mode = Mode.valueOf(System.getProperty("govwatch.progress", "lines").toUpperCase(java.util.Locale.ROOT));
        return start(registry, alerts, err, mode, mode == Mode.TERMINAL ? Duration.ofSeconds(1) : Duration.ofSeconds(5));
    }

    static ProgressLine start(MeterRegistry registry, IntSupplier alerts, PrintStream err, Mode mode, Duration every) {
        return new ProgressLine(registry, alerts, err, mode, every);
    }

    /** The progress as one line, e.g. {@code 120 pages (xinzhen 100, dongming 20), 35 queued, 3 alerts so far}. */
    String line() {
        Map<String, Double> perPortal = new TreeMap<>();
        for (Counter c : registry.find("govwatch.crawler.pages").counters()) {
            String portal = c.getId().getTag("portal");
            perPortal.merge(portal == null ? "?" : portal, c.count(), Double::sum);
        }
        long pages = Math.round(perPortal.values().stream().mapToDouble(Double::doubleValue).sum());
        long queued = Math.round(registry.find("govwatch.crawler.queue.depth").gauges().stream()
                .mapToDouble(Gauge::value).filter(v -> !Double.isNaN(v)).sum());
        String portals = perPortal.size() < 2 ? "" : " (" + perPortal.entrySet().stream().limit(PORTALS_SHOWN)
                .map(e -> e.getKey() + " " + Math.round(e.getValue())).collect(Collectors.joining(", "))
                + (perPortal.size() > PORTALS_SHOWN ? ", +" + (perPortal.size() - PORTALS_SHOWN) + " portals" : "") + ")";
        return pages + " pages" + portals + ", " + queued + " queued"
                + (alerts == null ? "" : ", " + alerts.getAsInt() + " alerts so far");
    }

    private synchronized void show() {
        String now = line();
        if (now.startsWith("0 pages, 0 queued") && !now.matches(".*, [1-9]\\d* alerts so far")) {
            return; // nothing has happened yet (the broker is starting): nothing to tell
        }
        if (mode == Mode.TERMINAL) {
            err.print("\rgovwatch: " + now + "\033[K");
            err.flush();
            lineOpen = true;
        } else if (!now.equals(last)) {
            err.println("govwatch: " + now);
        }
        last = now;
    }

    /** Stops; a line left open on a terminal is cleared, so what is printed next starts clean. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        clearLine();
        if (replacedErr != null) {
            System.setErr(replacedErr);
        }
    }

    /** Runs {@code action} with the live line cleared first, so that other output (a summary) is not mixed into it. */
    synchronized void clearFor(Runnable action) {
        clearLine();
        action.run();
    }

    private void clearLine() {
        if (lineOpen) {
            err.print("\r\033[K");
            err.flush();
            lineOpen = false;
        }
    }

    /** Standard error while a live line is shown: each write clears the line first. */
    private final class ClearingStream extends OutputStream {
        @Override
        public void write(int b) {
            synchronized (ProgressLine.this) {
                clearLine();
                err.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (ProgressLine.this) {
                clearLine();
                err.write(b, off, len);
            }
        }

        @Override
        public void flush() {
            err.flush();
        }
    }
}
