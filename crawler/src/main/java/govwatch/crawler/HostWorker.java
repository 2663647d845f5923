package govwatch.crawler;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/**
 * The queue of one host ({@code scheme://host:port}) and its politeness. At most one job of a host runs at a
 * time (so at most one request is in flight per host); a host with an empty queue gives its thread back to
 * the pool, so a slow or hanging host holds one thread and never stalls another host. Jobs queued at the back
 * (URLs that failed last pass) run after every other job of the host, so one bad link cannot keep hiding the
 * same good pages. The worker lives as long as the crawler so that the delay also holds between two passes.
 */
final class HostWorker implements Runnable {
    private final String host;
    private final Executor pool;
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private final ArrayDeque<Runnable> back = new ArrayDeque<>();
    private boolean scheduled;
    private long lastRequestEnd = Long.MIN_VALUE;

    HostWorker(String host, Executor pool) {
        this.host = host;
        this.pool = pool;
    }

    String host() {
        return host;
    }

    /**
     * Queues a job; starts the worker on the pool if it is idle. The job must not throw (it is the caller's to
     * catch what its work throws), or the jobs behind it would wait for the next enqueue.
     *
     * @param atBack run after every job queued normally
     */
    void enqueue(Runnable job, boolean atBack) {
        synchronized (this) {
            (atBack ? back : queue).add(job);
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        pool.execute(this);
    }

    synchronized int depth() {
        return queue.size() + back.size();
    }

    @Override
    public void run() {
        while (true) {
            Runnable job;
            synchronized (this) {
                job = queue.isEmpty() ? back.poll() : queue.poll();
                if (job == null) {
                    scheduled = false;
                    return;
                }
            }
            job.run();
        }
    }

    /** Blocks until {@code delay} has passed since the end of this host's previous request. */
    void awaitTurn(Duration delay) throws InterruptedException {
        long wait;
        synchronized (this) {
            wait = lastRequestEnd == Long.MIN_VALUE ? 0 : lastRequestEnd + delay.toNanos() - System.nanoTime();
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** Marks the end of a request: the next one waits the delay from now. */
    synchronized void requestEnded() {
        lastRequestEnd = System.nanoTime();
    }
}
