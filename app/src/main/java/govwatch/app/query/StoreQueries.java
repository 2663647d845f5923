package govwatch.app.query;

import com.fasterxml.jackson.core.type.TypeReference;
import govwatch.events.JsonSerde;
import govwatch.streams.ReportQueries;
import govwatch.streams.ReportQueries.Owner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The store as JSON, for the whole store whichever instance is asked:
 * <ul>
 *   <li>{@code GET /regions} — every region with its plan years (merged from every instance);</li>
 *   <li>{@code GET /places} — every place, county-qualified where known (奈曼旗东明镇), with its plan years;</li>
 *   <li>{@code GET /reports} — every report: its id, latest version and alert history (from every instance);</li>
 *   <li>{@code GET /regions/{region}} — a region's reports by year;</li>
 *   <li>{@code GET /regions/{region}/{year}[?county=C]} — one report, its targets and the history of its alerts;</li>
 *   <li>{@code GET /reports/{reportId}} — the same by report id ({@code 150525105000/2024}, or
 *       {@code 南江县关路镇/2021} for a place not in the official list), which tells two places of one name apart.</li>
 * </ul>
 * A request about one region is answered by the instance that hosts it (this one, or forwarded to the owner named
 * by Kafka Streams' metadata), a report id by whichever instance has it; 404 only when it exists nowhere.
 * {@code ?local=true} answers from this instance's store alone.
 */
final class StoreQueries {

    private static final TypeReference<Map<String, List<Integer>>> YEARS = new TypeReference<>() { };

    private final ReportQueries queries;
    private final Peers peers;
    private final AllReports all;

    StoreQueries(ReportQueries queries, Peers peers, AllReports all) {
        this.queries = queries;
        this.peers = peers;
        this.all = all;
    }

    Answer answer(Request r) throws IOException, InterruptedException {
        List<String> p = r.parts();
        if (r.resource().equals("regions") && p.isEmpty()) {
            return Answer.of(merged(r, queries.regions()));
        }
        if (r.resource().equals("places") && p.isEmpty()) {
            return Answer.of(merged(r, queries.places()));
        }
        if (r.resource().equals("reports") && p.isEmpty()) {
            return Answer.of(all.read(r.local()));
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
                return Answer.forwarded(a);
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
            return Answer.error(503, "no instance hosts " + region + " right now (rebalancing)");
        }
        return Answer.forwarded(peers.get(owner.host(), r.rawPath(), r.rawQuery()));
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
}
