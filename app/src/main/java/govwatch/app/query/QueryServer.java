package govwatch.app.query;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import govwatch.app.http.Responses;
import govwatch.events.JsonSerde;
import govwatch.streams.ReportQueries;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the current state as JSON from the streams app's store:
 * <ul>
 *   <li>{@code GET /regions} — every region with its plan years;</li>
 *   <li>{@code GET /regions/{region}} — a region's reports by year;</li>
 *   <li>{@code GET /regions/{region}/{year}} — one report, its targets and the history of its alerts.</li>
 * </ul>
 * 404 for an unknown region or report; 503 while the store is not queryable (rebalancing, restoring).
 */
public final class QueryServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QueryServer.class);

    private final HttpServer server;
    private final ReportQueries queries;

    private QueryServer(HttpServer server, ReportQueries queries) {
        this.server = server;
        this.queries = queries;
    }

    public static QueryServer start(ReportQueries queries, String host, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
        QueryServer query = new QueryServer(server, queries);
        server.createContext("/regions", query::handle);
        server.start();
        log.info("report queries at http://{}:{}/regions", host, server.getAddress().getPort());
        return query;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] parts = exchange.getRequestURI().getRawPath().replaceFirst("^/regions/?", "").split("/");
            Object body;
            try {
                body = answer(parts);
            } catch (InvalidStateStoreException e) {
                send(exchange, 503, Map.of("error", "state not queryable now: " + e.getMessage()));
                return;
            }
            if (body == null) {
                send(exchange, 404, Map.of("error", "not found"));
            } else {
                send(exchange, 200, body);
            }
        }
    }

    private Object answer(String[] parts) {
        if (parts.length == 1 && parts[0].isEmpty()) {
            return queries.regions();
        }
        String region = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
        if (parts.length == 1) {
            var reports = queries.reportsOf(region);
            return reports.isEmpty() ? null : reports;
        }
        if (parts.length == 2 && parts[1].matches("\\d{4}")) {
            return queries.report(region, Integer.parseInt(parts[1])).orElse(null);
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        Responses.send(exchange, status, "application/json; charset=utf-8", JsonSerde.MAPPER.writeValueAsBytes(body));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
