package govwatch.app.web;

import govwatch.app.pipeline.AlertFeed;
import govwatch.events.Alert;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The latest alerts for the web page: the newest {@link #KEPT} of the alert topic, read from its beginning by a
 * thread of its own (every instance reads the whole topic, so each shows every alert, whichever partition it came
 * from). Memory is bounded by {@link #KEPT} however long the topic is. Thread-safe.
 */
public final class RecentAlerts implements AutoCloseable {

    /** How many alerts are kept. */
    public static final int KEPT = 200;

    private static final Logger log = LoggerFactory.getLogger(RecentAlerts.class);
    private static final Comparator<Alert> NEWEST_FIRST = Comparator
            .comparing((Alert a) -> a.detectedAt() == null ? Instant.EPOCH : a.detectedAt()).reversed()
            .thenComparing(Alert::reportId, Comparator.nullsLast(Comparator.naturalOrder()));

    private final List<Alert> newestFirst = new ArrayList<>();
    private final Thread reader;
    private final boolean available;
    private volatile boolean closed;

    private RecentAlerts(String bootstrap, boolean available) {
        this.reader = bootstrap == null ? null : new Thread(() -> read(bootstrap), "recent-alerts");
        this.available = available;
    }

    /** Reads nothing: a page without a cluster to read alerts from. */
    public static RecentAlerts none() {
        return new RecentAlerts(null, false);
    }

    /** Keeps only what is {@link #add added} (tests). */
    static RecentAlerts added() {
        return new RecentAlerts(null, true);
    }

    /** Reads the alert topic of {@code bootstrap} from its beginning, then follows it, until closed. */
    public static RecentAlerts follow(String bootstrap) {
        RecentAlerts alerts = new RecentAlerts(bootstrap, true);
        alerts.reader.setDaemon(true);
        alerts.reader.start();
        return alerts;
    }

    /** Whether alerts are kept at all (false for {@link #none()}). */
    public boolean available() {
        return available;
    }

    /** Keeps {@code alert} if it is among the newest {@link #KEPT}. */
    public synchronized void add(Alert alert) {
        int at = 0;
        while (at < newestFirst.size() && NEWEST_FIRST.compare(newestFirst.get(at), alert) <= 0) {
            at++;
        }
        if (at < KEPT) {
            newestFirst.add(at, alert);
            if (newestFirst.size() > KEPT) {
                newestFirst.remove(KEPT);
            }
        }
    }

    /** The alerts kept, newest first (by the time govwatch noticed them). */
    public synchronized List<Alert> newestFirst() {
        return List.copyOf(newestFirst);
    }

    private void read(String bootstrap) {
        while (!closed) {
            try (AlertFeed feed = new AlertFeed(bootstrap, true)) {
                while (!closed) {
                    feed.poll(Duration.ofMillis(500), this::add);
                }
            } catch (KafkaException | IllegalStateException e) {
                if (closed) {
                    return;
                }
                // A cluster not reachable yet, or a topic not created yet: the page shows what it has; try again.
                log.warn("web page: cannot read the latest alerts from {} ({}); trying again in 5 s", bootstrap,
                        e.getMessage());
                synchronized (this) {
                    newestFirst.clear(); // read again from the beginning
                }
                pause();
            }
        }
    }

    private void pause() {
        try {
            for (int i = 0; i < 50 && !closed; i++) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        if (reader != null) {
            // No interrupt: it would break the consumer's close mid-way (and log its stack); a poll ends in 500 ms.
            try {
                reader.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
