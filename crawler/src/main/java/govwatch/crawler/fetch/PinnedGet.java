package govwatch.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET over a socket connected to an address the caller already checked (the address guard's answer),
 * so no second DNS lookup can swap in another address between the check and the connection (DNS rebinding). The
 * Host header and, for https, SNI and certificate checking use the URL's host name. Every read is bounded by the
 * read timeout and by a deadline for the whole request (connect, headers and body); the decoded body by a byte cap
 * and, when compressed, by a compression ratio. A connection whose answer was read to its end is kept for the next
 * request to the same host and address (HTTP/1.1 keep-alive; one idle connection per host, dropped after 4 s idle);
 * one the server closed meanwhile is replaced once. Thread-safe; one request per connection at a time.
 */
final class PinnedGet implements AutoCloseable {
    /** A decoded body expanding more than this many times its transferred size is a compression bomb. */
    static final int MAX_RATIO = 200;
    private static final long RATIO_FLOOR = 1024 * 1024;
    private static final int MAX_HEADERS = 200;

    /** The answer: status, headers (lower-case names, first value), body (empty for a redirect). */
    record Answer(int status, Map<String, String> headers, byte[] body, boolean truncated) {
        String header(String name) {
            return headers.get(name);
        }
    }

    /** The transferred body expanded past {@link #MAX_RATIO}. */
    static final class BombException extends IOException {
        BombException(String message) {
            super(message);
        }
    }

    /** A server closed a kept-alive connection before answering on it: the request is sent again on a new one. */
    private static final class Stale extends IOException {
        Stale(IOException cause) {
            super(cause);
        }
    }

    /** The body stream as the headers frame it, and whether it was read to its end. */
    private record Framed(InputStream stream, BooleanSupplier end) {
        boolean complete() {
            return end.getAsBoolean();
        }
    }

    private final ConnectionPool pool = new ConnectionPool();

    /**
     * @param headers   extra request headers, name and value pairs
     * @param withBody  false to skip the body (a redirect; a small one is drained so the connection can be kept)
     * @param deadline  {@link System#nanoTime()} by which the whole request must be done
     */
    Answer get(URI uri, InetAddress address, List<String[]> headers, long readTimeoutMillis, long deadline,
               int maxBody, boolean withBody) throws IOException {
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() >= 0 ? uri.getPort() : tls ? 443 : 80;
        String key = uri.getScheme() + "://" + uri.getHost() + ":" + port + "@" + address.getHostAddress();
        byte[] request = request(uri, port, tls, headers).getBytes(StandardCharsets.ISO_8859_1);
        ConnectionPool.Conn kept = pool.take(key);
        if (kept != null) {
            try {
                return exchange(kept, key, request, true, deadline, maxBody, withBody);
            } catch (Stale e) {
                // the server had closed it while idle: once more on a new connection
            }
        }
        ConnectionPool.Conn fresh = new ConnectionPool.Conn(connect(uri, address, port, tls, readTimeoutMillis, deadline), readTimeoutMillis);
        return exchange(fresh, key, request, false, deadline, maxBody, withBody);
    }

    /** Closes the idle connections; later requests close their own. */
    @Override
    public void close() {
        pool.close();
    }

    private Answer exchange(ConnectionPool.Conn c, String key, byte[] request, boolean reused, long deadline, int maxBody,
                            boolean withBody) throws IOException {
        boolean keep = false;
        try {
            c.raw.deadline(deadline);
            String first;
            try {
                c.socket.getOutputStream().write(request);
                c.socket.getOutputStream().flush();
                first = Wire.line(c.in);
            } catch (IOException e) {
                if (reused && !(e instanceof SocketTimeoutException)) {
                    throw new Stale(e);
                }
                throw e;
            }
            int status;
            Map<String, String> responseHeaders;
            while (true) { // 1xx interim answers precede the final one
                status = statusOf(first);
                responseHeaders = headers(c.in);
                if (status >= 200) {
                    break;
                }
                first = Wire.line(c.in);
            }
            boolean persistent = first.startsWith("HTTP/1.1")
                    && !"close".equalsIgnoreCase(responseHeaders.getOrDefault("connection", "").trim());
            if (status == 204 || status == 304) {
                keep = persistent;
                return new Answer(status, responseHeaders, new byte[0], false);
            }
            Framed framed = frame(responseHeaders, c.in);
            if (!withBody) {
                framed.stream().readNBytes(64 * 1024); // a redirect's small body, so that the connection can be kept
                keep = persistent && framed.complete();
                return new Answer(status, responseHeaders, new byte[0], false);
            }
            Answer a = body(status, responseHeaders, framed.stream(), maxBody);
            keep = persistent && !a.truncated() && framed.complete();
            return a;
        } finally {
            if (keep) {
                pool.give(key, c);
            } else {
                c.close();
            }
        }
    }

    private static Framed frame(Map<String, String> headers, InputStream in) {
        String te = headers.get("transfer-encoding");
        String length = headers.get("content-length");
        if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
            Wire.Chunked chunked = new Wire.Chunked(in);
            return new Framed(chunked, chunked::complete);
        }
        if (length != null && length.trim().matches("\\d{1,18}")) {
            Wire.Limited limited = new Wire.Limited(in, Long.parseLong(length.trim()));
            return new Framed(limited, limited::complete);
        }
        return new Framed(in, () -> false); // until the server closes: never kept
    }

    private static Socket connect(URI uri, InetAddress address, int port, boolean tls, long readTimeoutMillis,
                                  long deadline) throws IOException {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new SocketTimeoutException("page time budget spent before connecting");
        }
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(address, port), (int) Math.max(1, Math.min(left, readTimeoutMillis)));
            if (!tls) {
                return socket;
            }
            String host = uri.getHost();
            SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(socket, host, port, true);
            SSLParameters params = ssl.getSSLParameters();
            params.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the URL's host
            if (!host.startsWith("[") && !Character.isDigit(host.charAt(host.length() - 1))) {
                params.setServerNames(List.of(new SNIHostName(host)));
            }
            ssl.setSSLParameters(params);
            socket.setSoTimeout((int) Math.max(1, Math.min(left, readTimeoutMillis)));
            ssl.startHandshake();
            return ssl;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static String request(URI uri, int port, boolean tls, List<String[]> headers) {
        URI ascii = URI.create(uri.toASCIIString()); // a path or query with Chinese characters goes out as UTF-8 %XX
        String path = ascii.getRawPath() == null || ascii.getRawPath().isEmpty() ? "/" : ascii.getRawPath();
        String query = ascii.getRawQuery() == null ? "" : "?" + ascii.getRawQuery();
        boolean defaultPort = port == (tls ? 443 : 80);
        StringBuilder r = new StringBuilder("GET ").append(path).append(query).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(defaultPort ? "" : ":" + port).append("\r\n")
                .append("Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n")
                .append("Accept-Encoding: gzip, deflate\r\n");
        for (String[] h : headers) {
            r.append(h[0]).append(": ").append(h[1].replaceAll("[\r\n]", "")).append("\r\n");
        }
        return r.append("\r\n").toString();
    }

    private static int statusOf(String line) throws IOException {
        String[] parts = line.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response: " + LogText.safe(line.length() > 80 ? line.substring(0, 80) : line));
        }
        try {
            int status = Integer.parseInt(parts[1].trim());
            if (status < 100 || status > 999) {
                throw new IOException("bad HTTP status " + status);
            }
            return status;
        } catch (NumberFormatException e) {
            throw new IOException("bad HTTP status line: " + LogText.safe(line));
        }
    }

    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int n = 0; ; n++) {
            String line = Wire.line(in);
            if (line.isEmpty()) {
                return headers;
            }
            if (n >= MAX_HEADERS) {
                throw new IOException("more than " + MAX_HEADERS + " response headers");
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
    }

    private static Answer body(int status, Map<String, String> headers, InputStream framed, int maxBody) throws IOException {
        CountingInput transferred = new CountingInput(framed);
        String encoding = headers.getOrDefault("content-encoding", "").trim().toLowerCase(Locale.ROOT);
        InputStream decoded = switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(transferred, 8192);
            case "deflate" -> new InflaterInputStream(transferred);
            default -> transferred;
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBody + 1, 64 * 1024));
        byte[] buffer = new byte[16 * 1024];
        int n;
        while (out.size() <= maxBody && (n = decoded.read(buffer, 0, Math.min(buffer.length, maxBody + 1 - out.size()))) > 0) {
            out.write(buffer, 0, n);
            if (decoded != transferred && out.size() > RATIO_FLOOR && out.size() / Math.max(1, transferred.count()) > MAX_RATIO) {
                throw new BombException("compressed body expands more than " + MAX_RATIO + " times (" + encoding + ")");
            }
        }
        boolean truncated = out.size() > maxBody;
        byte[] bytes = out.toByteArray();
        return new Answer(status, headers, truncated ? java.util.Arrays.copyOf(bytes, maxBody) : bytes, truncated);
    }
}
