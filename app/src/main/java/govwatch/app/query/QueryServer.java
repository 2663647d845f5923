package govwatch.app.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import govwatch.app.http.Responses;
import govwatch.events.JsonSerde;
import govwatch.streams.ReportQueries;
import govwatch.streams.ReportQueries.Owner;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the current state as JSON from the streams app's store, for the whole store whichever instance is asked:
 * <ul>
 *   <li>{@code GET /regions} — every region with its plan years (merged from every instance);</li>
 *   <li>{@code GET /places} — every place, county-qualified where known (奈曼旗东明镇), with its plan years;</li>
 *   <li>{@code GET /regions/{region}} — a region's reports by year;</li>
 *   <li>{@code GET /regions/{region}/{year}[?county=C]} — one report, its targets and the history of its alerts;</li>
 *   <li>{@code GET /reports/{reportId}} — the same by report id ({@code 150525105000/2024}, or
 *       {@code 南江县关路镇/2021} for a place not in the official list), which tells two places of one name apart.</li>
 * </ul>
 * A request about one region is answered by the instance that hosts it (this one, or forwarded to the owner named
 * by Kafka Streams' metadata), a report id by whichever instance has it; 404 only when it exists nowhere; 503 while the store is not queryable (rebalancing,
 * restoring) or an instance does not answer. {@code ?local=true} answers from this instance's store alone.
 */
public final class QueryServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QueryServer.class);
    private static final TypeReference<Map<String, List<Integer>>> YEARS = new TypeReference<>() { };

    private final HttpServer server;
    private final ReportQueries queries;
    private final Peers peers = new Peers();

    private QueryServer(HttpServer server, ReportQueries queries) {
        this.server = server;
        this.queries = queries;
    }

    public static QueryServer start(ReportQueries queries, String host, int port) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 16);
        } catch (IOException e) {
            throw new IOException("cannot serve report queries on " + host + ":" + port + " (--http-host/--http-port): "
                    + e.getMessage() + "; choose a free port", e);
        }
        QueryServer query = new QueryServer(server, queries);
        server.createContext("/regions", query::handle);
        server.createContext("/places", query::handle);
        server.createContext("/reports", query::handle);
        server.start();
        log.info("report queries at http://{}:{}/regions", host, server.getAddress().getPort());
        return query;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = Request.of(exchange.getRequestURI());
            try {
                Answer answer = answer(request);
                send(exchange, answer.status(), answer.body());
            } catch (InvalidStateStoreException e) {
                send(exchange, 503, json(Map.of("error", "state not queryable now: " + e.getMessage())));
            } catch (IOException e) {
                send(exchange, 503, json(Map.of("error", "another instance did not answer: " + e.getMessage())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                send(exchange, 503, json(Map.of("error", "interrupted")));
            }
        }
    }

    private record Answer(int status, byte[] body) {
        static Answer of(Object body) throws IOException {
            return body == null ? notFound() : new Answer(200, json(body));
        }

        static Answer notFound() throws IOException {
            return new Answer(404, json(Map.of("error", "not found")));
        }
    }

    private Answer answer(Request r) throws IOException, InterruptedException {
        List<String> p = r.parts();
        if (r.resource().equals("regions") && p.isEmpty()) {
            return Answer.of(merged(r, queries.regions()));
        }
        if (r.resource().equals("places") && p.isEmpty()) {
            return Answer.of(merged(r, queries.places()));
        }
        if (r.resource().equals("regions") && p.size() == 1) {
            return routed(r, p.get(0), () -> nonEmpty(queries.reportsOf(p.get(0))));
        }
        if (r.resource().equals("regions") && p.size() == 2 && isYear(p.get(1))) {
            return routed(r, p.get(0),
                    () -> queries.report(p.get(0), Integer.parseInt(p.get(1)), r.param("county")).orElse(null));
        }
        if (r.resource().equals("reports") && p.size() == 2 && isYear(p.get(1))) {
            return byReportId(r, p.get(0) + "/" + p.get(1));
        }
        return Answer.notFound();
    }

    /**
     * A report id names an official code or a county, not the region name the store is partitioned by: every
     * instance is asked for it (its own store only), the first that has it answers.
     */
    private Answer byReportId(Request r, String reportId) throws IOException, InterruptedException {
        Object here = queries.reportById(reportId).orElse(null);
        if (here != null || r.local()) {
            return Answer.of(here);
        }
        for (HostInfo other : queries.otherInstances()) {
            Peers.Answer a = peers.get(other, r.rawPath(), r.rawQuery());
            if (a.status() != 404) {
                return new Answer(a.status(), a.body());
            }
        }
        return Answer.notFound();
    }

    /** Answers here when this instance hosts {@code region}, else asks the instance that does. */
    private Answer routed(Request r, String region, Supplier<Object> local) throws IOException, InterruptedException {
        Owner owner = r.local() ? new Owner(true, null) : queries.ownerOf(region);
        if (owner.local()) {
            return Answer.of(local.get());
        }
        if (owner.host() == null) {
            return new Answer(503, json(Map.of("error", "no instance hosts " + region + " right now (rebalancing)")));
        }
        Peers.Answer a = peers.get(owner.host(), r.rawPath(), r.rawQuery());
        return new Answer(a.status(), a.body());
    }

    /** What this instance hosts, merged with what every other instance hosts (unless asked for local answers). */
    private Map<String, List<Integer>> merged(Request r, Map<String, List<Integer>> here)
            throws IOException, InterruptedException {
        if (r.local()) {
            return here;
        }
        Map<String, TreeSet<Integer>> all = new TreeMap<>();
        here.forEach((k, v) -> all.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
        for (HostInfo other : queries.otherInstances()) {
            Peers.Answer a = peers.get(other, r.rawPath(), r.rawQuery());
            if (a.status() != 200) {
                throw new IOException(other + " answered " + a.status() + ": " + new String(a.body(), StandardCharsets.UTF_8));
            }
            JsonSerde.MAPPER.readValue(a.body(), YEARS)
                    .forEach((k, v) -> all.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
        }
        Map<String, List<Integer>> out = new TreeMap<>();
        all.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    private static Object nonEmpty(List<?> list) {
        return list.isEmpty() ? null : list;
    }

    private static boolean isYear(String s) {
        return s.length() == 4 && s.chars().allMatch(Character::isDigit);
    }

    private static byte[] json(Object body) throws IOException {
        return JsonSerde.MAPPER.writeValueAsBytes(body);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        Responses.send(exchange, status, "application/json; charset=utf-8", body);
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
