package govwatch.crawler;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/**
 * The queue of one host ({@code scheme://host:port}) and its politeness. At most one task of a host runs at a
 * time (so at most one request is in flight per host); a host with an empty queue gives its thread back to
 * the pool, so a slow or hanging host holds one thread and never stalls another host. The worker lives as
 * long as the crawler so that the delay also holds between two passes.
 */
final class HostWorker implements Runnable {
    private final String host;
    private final Executor pool;
    private final BiConsumer<Task, HostWorker> processor;
    private final ArrayDeque<Task> queue = new ArrayDeque<>();
    private boolean scheduled;
    private long lastRequestEnd = Long.MIN_VALUE;

    HostWorker(String host, Executor pool, BiConsumer<Task, HostWorker> processor) {
        this.host = host;
        this.pool = pool;
        this.processor = processor;
    }

    String host() {
        return host;
    }

    /** Queues a task; starts the worker on the pool if it is idle. */
    void enqueue(Task task) {
        synchronized (this) {
            queue.add(task);
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        pool.execute(this);
    }

    synchronized int depth() {
        return queue.size();
    }

    @Override
    public void run() {
        while (true) {
            Task task;
            synchronized (this) {
                task = queue.poll();
                if (task == null) {
                    scheduled = false;
                    return;
                }
            }
            try {
                processor.accept(task, this);
            } catch (RuntimeException | Error e) {
                // Must not end the loop: queued tasks would never run and the pass would never finish.
                task.pass().crashed(task, e);
            } finally {
                task.pass().done();
            }
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
