package govwatch.app.query;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import govwatch.app.http.Responses;
import govwatch.app.web.RecentAlerts;
import govwatch.app.web.WebPages;
import govwatch.streams.ReportQueries;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Set;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streams app's one HTTP server (read-only, GET only), answering for the whole store whichever instance is asked:
 * the store's JSON ({@link StoreQueries}: {@code /regions}, {@code /places}, {@code /reports}), the researchers'
 * queries ({@link ResearchQueries}: {@code /coverage}, {@code /targets}) and, at every other path, the web page for
 * people ({@link WebPages}: {@code /}). 503 while the store is not queryable (rebalancing, restoring) or another
 * instance does not answer.
 */
public final class QueryServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QueryServer.class);
    private static final Set<String> JSON_RESOURCES = Set.of("regions", "places", "reports", "coverage", "targets");

    private final HttpServer server;
    private final StoreQueries store;
    private final ResearchQueries research;
    private final RecentAlerts alerts;
    private final WebPages web;

    private QueryServer(HttpServer server, ReportQueries queries, RecentAlerts alerts) {
        this.server = server;
        Peers peers = new Peers();
        AllReports all = new AllReports(queries, peers);
        this.store = new StoreQueries(queries, peers, all);
        this.research = new ResearchQueries(all);
        this.alerts = alerts;
        this.web = new WebPages(() -> all.read(false), alerts);
    }

    /** Serves the queries and the web page, without the latest alerts (no cluster to read them from). */
    public static QueryServer start(ReportQueries queries, String host, int port) throws IOException {
        return start(queries, host, port, null);
    }

    /**
     * Serves the queries and the web page on {@code host:port}.
     *
     * @param bootstrap the cluster whose alert topic the web page's latest alerts are read from, or null for none
     */
    public static QueryServer start(ReportQueries queries, String host, int port, String bootstrap)
            throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 16);
        } catch (IOException e) {
            throw new IOException("cannot serve report queries on " + host + ":" + port + " (--http-host/--http-port): "
                    + e.getMessage() + "; choose a free port", e);
        }
        QueryServer query = new QueryServer(server, queries,
                bootstrap == null ? RecentAlerts.none() : RecentAlerts.follow(bootstrap));
        server.createContext("/", query::handle);
        server.start();
        log.info("web page at http://{}:{}/ and report queries at /regions", host, server.getAddress().getPort());
        return query;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = Request.of(exchange.getRequestURI());
            try {
                Answer answer = "GET".equals(exchange.getRequestMethod()) ? answer(request)
                        : Answer.error(405, "read-only: only GET is served");
                send(exchange, answer);
            } catch (InvalidStateStoreException e) {
                send(exchange, unavailable(request, "state not queryable now (the streams group is rebalancing or"
                        + " restoring: ask again in a few seconds): " + e.getMessage()));
            } catch (IOException e) {
                send(exchange, unavailable(request, "another instance did not answer: " + e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                send(exchange, unavailable(request, "interrupted"));
            }
        }
    }

    private Answer answer(Request r) throws IOException, InterruptedException {
        switch (r.resource()) {
            case "regions", "places", "reports" -> {
                return store.answer(r);
            }
            case "coverage" -> {
                return research.coverage(r);
            }
            case "targets" -> {
                return research.targets(r);
            }
            default -> {
                WebPages.Page page = web.render(r.rawPath(), r.params());
                return Answer.html(page.status(), page.html());
            }
        }
    }

    /** 503: as JSON for the queries, as a page for people. */
    private static Answer unavailable(Request r, String reason) throws IOException {
        if (JSON_RESOURCES.contains(r.resource())) {
            return Answer.error(503, reason);
        }
        return Answer.html(503, WebPages.unavailable(reason).html());
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        if (answer.contentType().startsWith("text/html")) {
            // Defence in depth behind the escaping: no script runs, nothing loads from elsewhere.
            exchange.getResponseHeaders().set("Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        }
        Responses.send(exchange, answer.status(), answer.contentType(), answer.body());
    }

    @Override
    public void close() {
        server.stop(0);
        alerts.close();
    }

}
