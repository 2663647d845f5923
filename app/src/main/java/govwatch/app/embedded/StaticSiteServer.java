package govwatch.app.embedded;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import govwatch.app.http.Responses;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a folder as a static web site on loopback, the way a portal's web server would: content types by
 * extension (HTML without a charset, so the page's own meta charset decides, as on many real portals),
 * ETag and Last-Modified validators, 304 for a matching conditional GET, index.html for a folder.
 * For the demo portal and for tests; it never binds a non-loopback address.
 */
public final class StaticSiteServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StaticSiteServer.class);
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html", "htm", "text/html", "txt", "text/plain; charset=utf-8",
            "xml", "application/xml", "pdf", "application/pdf", "css", "text/css",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final HttpServer server;
    private final Path root;

    private StaticSiteServer(HttpServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    /** Serves {@code root} on 127.0.0.1:{@code port} (0 picks a free port). */
    public static StaticSiteServer start(Path root, int port) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("cannot serve " + root + ": not a folder");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        StaticSiteServer site = new StaticSiteServer(server, root.toAbsolutePath().normalize());
        server.createContext("/", site::handle);
        server.start();
        log.info("serving {} at http://127.0.0.1:{}/", root, server.getAddress().getPort());
        return site;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = resolve(exchange.getRequestURI().getPath());
            if (file == null || !Files.isRegularFile(file)) {
                Responses.send(exchange, 404, "text/plain", "not found".getBytes());
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String etag = "\"" + sha256(body).substring(0, 16) + "\"";
            String lastModified = HTTP_DATE.format(Files.getLastModifiedTime(file).toInstant());
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", lastModified);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            Responses.send(exchange, 200, contentType(file), body);
        }
    }

    private Path resolve(String urlPath) {
        Path file = root.resolve(urlPath.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        return Files.isDirectory(file) ? file.resolve("index.html") : file;
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase();
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
