package govwatch.app.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C / SIGTERM into an orderly stop: the JVM's shutdown hook raises the signal and waits until the
 * job has closed its resources (the broker above all, so the next start needs no log recovery).
 */
public final class StopSignal {

    private final CountDownLatch raised = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<Runnable> onRaise = new CopyOnWriteArrayList<>();
    private Thread hook;

    /** A signal raised by the JVM's shutdown; call {@link #stopped()} when the job has closed everything. */
    public static StopSignal onShutdown() {
        StopSignal signal = new StopSignal();
        signal.hook = new Thread(() -> {
            signal.raise();
            try {
                signal.stopped.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "govwatch-shutdown");
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** A signal nothing raises, for a job that ends by itself. */
    public static StopSignal never() {
        return new StopSignal();
    }

    /** Runs {@code action} when the signal is raised (from the shutdown thread), e.g. to cut a long wait short. */
    public void onRaise(Runnable action) {
        onRaise.add(action);
    }

    /** Raises the signal by hand, as Ctrl-C would (a program that embeds the job, a test of follow mode). */
    public void raise() {
        raised.countDown();
        onRaise.forEach(Runnable::run);
    }

    public boolean raised() {
        return raised.getCount() == 0;
    }

    /** Waits up to {@code timeout} for the signal; returns whether it was raised. */
    public boolean await(Duration timeout) throws InterruptedException {
        return raised.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The job has closed its resources (and removed what it leaves nowhere, such as a temporary data dir): the
     * shutdown may proceed. Outside a shutdown the hook is removed, so commands run one after another in one JVM
     * (tests) leave none behind.
     */
    public void stopped() {
        stopped.countDown();
        if (hook != null && !raised()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down already: the hook runs and finds the latch open
            }
        }
    }
}
