package govwatch.bench.run;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Serves generated pages on 127.0.0.1 with an ETag (304 for a matching If-None-Match, so a second crawl pass is
 * conditional), records when each page was first served with its body (the "publish" time of the latency figures)
 * and, when given a rate, releases report pages no faster than that many per second (the offered load). Its threads
 * (a fixed pool, and the server's dispatcher) tell the CPU they took: serving the web is not the pipeline's work.
 */
final class PortalServer implements AutoCloseable {

    private final Map<String, byte[]> pages;
    /** Each page's slot in {@link #servedAtMillis}: sized up front, so a pass adds nothing per page to the heap. */
    private final Map<String, Integer> slots = new HashMap<>();
    private final AtomicLongArray servedAtMillis;
    private final HttpServer server;
    /** Enough for the crawler's parallel fetches while each waits for its release slot. */
    private static final int THREADS = 32;

    /** The threads that serve (the pool's, and the dispatcher once it is known): they live as long as the server. */
    private final List<Thread> serving = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "bench-portal-" + serving.size());
        t.setDaemon(true);
        serving.add(t);
        return t;
    });
    private final long nanosPerPage;
    private final AtomicLong nextRelease = new AtomicLong();

    /** @param rate report pages per second, or 0 for as fast as asked */
    PortalServer(Map<String, byte[]> pages, double rate) throws IOException {
        // without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs (~40 ms a page)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.pages = pages;
        pages.keySet().forEach(path -> slots.put(path, slots.size()));
        this.servedAtMillis = new AtomicLongArray(slots.size());
        this.nanosPerPage = rate > 0 ? (long) (1e9 / rate) : 0;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.createContext("/", this::serve);
        server.setExecutor(threads);
        List<Thread> before = dispatchers();
        server.start();
        dispatchers().stream().filter(t -> !before.contains(t)).forEach(serving::add); // this server's own
    }

    private static List<Thread> dispatchers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("HTTP-Dispatcher")).toList();
    }

    /** CPU time the server's threads have taken so far, in nanoseconds. */
    long cpuNanos() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        return serving.stream().mapToLong(t -> Math.max(0, mx.getThreadCpuTime(t.getId()))).sum();
    }

    /** The base address, e.g. {@code http://127.0.0.1:43211}. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Whether report pages are released at a fixed rate (the offered-load pass). */
    boolean rated() {
        return nanosPerPage > 0;
    }

    /** Epoch millis when the body of the page at {@code path} was first sent in this pass, or null. */
    Long servedAtMillis(String path) {
        Integer slot = slots.get(path);
        long at = slot == null ? 0 : servedAtMillis.get(slot);
        return at == 0 ? null : at;
    }

    /** Forgets served times and restarts the release clock (before a new pass). */
    void reset() {
        for (int i = 0; i < servedAtMillis.length(); i++) {
            servedAtMillis.set(i, 0);
        }
        nextRelease.set(0);
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            byte[] body = pages.get(path);
            if (body == null) { // robots.txt too: none means everything is allowed
                ex.sendResponseHeaders(404, -1);
                return;
            }
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
            ex.getResponseHeaders().set("ETag", etag);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            if (nanosPerPage > 0 && path.contains("/t")) {
                awaitRelease();
            }
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
            servedAtMillis.compareAndSet(slots.get(path), 0, System.currentTimeMillis());
        }
    }

    /** Waits for this page's slot: slots are 1/rate apart from the first report page asked for. */
    private void awaitRelease() {
        long now = System.nanoTime();
        long slot = nextRelease.updateAndGet(prev -> prev == 0 ? now : Math.max(prev + nanosPerPage, now));
        long wait = slot - now;
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
