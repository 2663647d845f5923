package govwatch.crawler;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback portal for tests: serves saved pages from test resources (or bytes/handlers set by the test)
 * on 127.0.0.1 at a free port, and records when each request arrived.
 */
final class TestPortal implements AutoCloseable {
    /** One request as the server saw it. */
    record Request(String path, long arrivedNanos, String ifNoneMatch, String userAgent) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final String resourceRoot;
    private final Path fileRoot;
    private volatile boolean etags;

    /** @param resourceRoot classpath folder whose files are served (null: only what the test sets) */
    TestPortal(String resourceRoot) {
        this(resourceRoot, null);
    }

    /** Serves the files under a folder (a portal saved on disk). */
    TestPortal(Path fileRoot) {
        this(null, fileRoot);
    }

    private TestPortal(String resourceRoot, Path fileRoot) {
        this.resourceRoot = resourceRoot;
        this.fileRoot = fileRoot;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers conditional GETs with 304 when the ETag matches. */
    TestPortal withEtags() {
        etags = true;
        return this;
    }

    TestPortal page(String path, String html) {
        return bytes(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    TestPortal bytes(String path, String contentType, byte[] body) {
        return handle(path, ex -> send(ex, 200, contentType, body));
    }

    TestPortal handle(String path, HttpHandler handler) {
        handlers.put(path, handler);
        return this;
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<Request> requests(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    private void serve(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        requests.add(new Request(path, System.nanoTime(), ex.getRequestHeaders().getFirst("If-None-Match"),
                ex.getRequestHeaders().getFirst("User-Agent")));
        HttpHandler h = handlers.get(path);
        if (h != null) {
            h.handle(ex);
            return;
        }
        byte[] body = resource(path);
        if (body == null) {
            send(ex, 404, "text/html", "<html><title>404</title></html>".getBytes(StandardCharsets.UTF_8));
        } else {
            send(ex, 200, path.endsWith(".txt") ? "text/plain" : "text/html", body);
        }
    }

    private byte[] resource(String path) throws IOException {
        if (fileRoot != null) {
            Path file = fileRoot.resolve(path.substring(1)).normalize();
            return file.startsWith(fileRoot) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        }
        if (resourceRoot == null) {
            return null;
        }
        try (InputStream in = getClass().getResourceAsStream("/" + resourceRoot + path)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** Sends a body, honouring If-None-Match when ETags are on. */
    void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (etags && status == 200) {
            String etag = "\"" + HexFormat.of().formatHex(body, 0, Math.min(body.length, 8)) + body.length + "\"";
            ex.getResponseHeaders().set("ETag", etag);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
        }
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
