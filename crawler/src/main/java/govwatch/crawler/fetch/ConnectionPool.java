package govwatch.crawler.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Kept-alive connections of a {@link PinnedGet}: at most one idle connection per scheme, host, port and checked
 * address, at most {@value #MAX_IDLE} in all, each dropped after 4 s idle (servers close idle connections after a
 * few seconds; a write into one they closed would cost a retry). Thread-safe.
 */
final class ConnectionPool implements AutoCloseable {
    private static final int MAX_IDLE = 64;
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(4);

    /** One open connection and the buffered reader that belongs to it. */
    static final class Conn {
        final Socket socket;
        final Wire.DeadlineInput raw;
        final InputStream in;
        long idleSince;

        Conn(Socket socket, long readTimeoutMillis) throws IOException {
            this.socket = socket;
            this.raw = new Wire.DeadlineInput(socket, readTimeoutMillis, System.nanoTime());
            this.in = new BufferedInputStream(raw, 16 * 1024);
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a connection we no longer want: nothing to do
            }
        }
    }

    private final Map<String, Conn> idle = new LinkedHashMap<>(); // guarded by this
    private boolean closed;

    /** An idle connection for {@code key}, taken out of the pool; or null. */
    synchronized Conn take(String key) {
        Conn c = idle.remove(key);
        if (c != null && System.nanoTime() - c.idleSince > IDLE_NANOS) {
            c.close(); // servers drop idle connections after a few seconds: not worth a failed write
            return null;
        }
        return c;
    }

    /** Keeps {@code c} for the next request to {@code key}, or closes it when the pool is full or closed. */
    synchronized void give(String key, Conn c) {
        if (closed || idle.size() >= MAX_IDLE && !idle.containsKey(key)) {
            c.close();
            return;
        }
        c.idleSince = System.nanoTime();
        Conn old = idle.put(key, c);
        if (old != null) {
            old.close();
        }
    }

    /** Closes the idle connections; connections given back later are closed at once. */
    @Override
    public synchronized void close() {
        closed = true;
        idle.values().forEach(Conn::close);
        idle.clear();
    }
}
