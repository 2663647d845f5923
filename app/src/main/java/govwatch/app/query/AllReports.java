package govwatch.app.query;

import com.fasterxml.jackson.core.type.TypeReference;
import govwatch.events.JsonSerde;
import govwatch.events.PublishedReport;
import govwatch.streams.ReportQueries;
import govwatch.streams.ReportQueries.ReportView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Every report stored now, whichever instance hosts it: this instance's store and what each other instance answers
 * to {@code GET /reports?local=true}. The coverage, the research queries and the web page read the store this way, so
 * that each instance shows everything.
 */
final class AllReports {

    private static final TypeReference<List<ReportView>> LIST = new TypeReference<>() { };

    private final ReportQueries queries;
    private final Peers peers;

    AllReports(ReportQueries queries, Peers peers) {
        this.queries = queries;
        this.peers = peers;
    }

    /**
     * Every report of every instance (of this one only when {@code localOnly}).
     *
     * @throws IOException when another instance does not answer, or answers with an error
     */
    List<ReportView> read(boolean localOnly) throws IOException, InterruptedException {
        List<ReportView> all = new ArrayList<>(queries.all());
        if (localOnly) {
            return all;
        }
        for (HostInfo other : queries.otherInstances()) {
            Peers.Answer a = peers.get(other, "/reports", "");
            if (a.status() != 200) {
                throw new IOException(other + " answered " + a.status() + ": "
                        + new String(a.body(), StandardCharsets.UTF_8));
            }
            all.addAll(JsonSerde.MAPPER.readValue(a.body(), LIST));
        }
        return all;
    }

    /** The latest version of every report of every instance, by report id. */
    SortedMap<String, PublishedReport> byId() throws IOException, InterruptedException {
        SortedMap<String, PublishedReport> out = new TreeMap<>();
        read(false).forEach(v -> out.put(v.reportId(), v.current()));
        return out;
    }
}
