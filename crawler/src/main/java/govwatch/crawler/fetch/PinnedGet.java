package govwatch.crawler.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * and, when compressed, by a compression ratio. One connection per request ({@code Connection: close}).
 */
final class PinnedGet {
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

    private PinnedGet() {
    }

    /**
     * @param headers   extra request headers, name and value pairs
     * @param withBody  false to skip the body (a redirect)
     * @param deadline  {@link System#nanoTime()} by which the whole request must be done
     */
    static Answer get(URI uri, InetAddress address, List<String[]> headers, long readTimeoutMillis, long deadline,
                      int maxBody, boolean withBody) throws IOException {
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() >= 0 ? uri.getPort() : tls ? 443 : 80;
        try (Socket socket = connect(uri, address, port, tls, readTimeoutMillis, deadline)) {
            OutputStream out = socket.getOutputStream();
            out.write(request(uri, port, tls, headers).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = new BufferedInputStream(new Wire.DeadlineInput(socket, readTimeoutMillis, deadline), 16 * 1024);
            int status;
            Map<String, String> responseHeaders;
            do { // 1xx interim answers precede the final one
                status = statusOf(Wire.line(in));
                responseHeaders = headers(in);
            } while (status >= 100 && status < 200);
            boolean noBody = !withBody || status == 204 || status == 304;
            if (noBody) {
                return new Answer(status, responseHeaders, new byte[0], false);
            }
            return body(status, responseHeaders, in, maxBody);
        }
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
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        boolean defaultPort = port == (tls ? 443 : 80);
        StringBuilder r = new StringBuilder("GET ").append(path).append(query).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(defaultPort ? "" : ":" + port).append("\r\n")
                .append("Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n")
                .append("Accept-Encoding: gzip, deflate\r\n")
                .append("Connection: close\r\n");
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

    private static Answer body(int status, Map<String, String> headers, InputStream in, int maxBody) throws IOException {
        InputStream framed;
        String te = headers.get("transfer-encoding");
        String length = headers.get("content-length");
        if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
            framed = new Wire.Chunked(in);
        } else if (length != null && length.trim().matches("\\d{1,18}")) {
            framed = new Wire.Limited(in, Long.parseLong(length.trim()));
        } else {
            framed = in; // until the server closes
        }
        Wire.Counting transferred = new Wire.Counting(framed);
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
            if (decoded != transferred && out.size() > RATIO_FLOOR && out.size() / Math.max(1, transferred.count) > MAX_RATIO) {
                throw new BombException("compressed body expands more than " + MAX_RATIO + " times (" + encoding + ")");
            }
        }
        boolean truncated = out.size() > maxBody;
        byte[] bytes = out.toByteArray();
        return new Answer(status, headers, truncated ? java.util.Arrays.copyOf(bytes, maxBody) : bytes, truncated);
    }
}
