package govwatch.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a pass's CPU went, by thread group: the streams app, the crawler, the broker, the Kafka clients' I/O threads,
 * the JIT compilers, GC … read from Linux's {@code /proc/self/task}, which also shows the JVM's own threads (the JIT's
 * and GC's CPU is invisible to {@code ThreadMXBean}). A thread is known by its kernel name, the first 15 characters of
 * its Java name. The CPU of threads that ended between the two snapshots is in the process's total only: it is given
 * as {@value #ENDED}. The bench's portal is left out, as from the pass's CPU. Where there is no {@code /proc}, there are
 * no groups.
 */
final class ThreadCpu {

    static final String ENDED = "threads that ended";
    private static final String PORTAL = "bench portal";
    /** Kernel names start with these (first match wins): the order puts the clients' threads before the broker's. */
    private static final List<Map.Entry<String, String>> GROUPS = List.of(
            Map.entry("govwatch-stream", "streams app"),
            Map.entry("govwatch-crawle", "crawler"),
            Map.entry("crawl-pass", "crawler"),
            Map.entry("govwatch-extrac", "crawler"),
            Map.entry("kafka-producer-", "Kafka clients' I/O"),
            Map.entry("kafka-coordinat", "Kafka clients' I/O"),
            Map.entry("kafka-admin-cli", "Kafka clients' I/O"),
            Map.entry("data-plane-kafk", "broker"),
            Map.entry("kafka-", "broker"),
            Map.entry("group-coordinat", "broker"),
            Map.entry("quorum-controll", "broker"),
            Map.entry("TxnMarkerSender", "broker"),
            Map.entry("AddPartitionsTo", "broker"),
            Map.entry("ExpirationReape", "broker"),
            Map.entry("executor-", "broker"),
            Map.entry("C1 CompilerThre", "JIT compilers"),
            Map.entry("C2 CompilerThre", "JIT compilers"),
            Map.entry("GC Thread", "GC"),
            Map.entry("G1 ", "GC"),
            Map.entry("bench-portal-", PORTAL),
            Map.entry("HTTP-Dispatcher", PORTAL));
    /** Linux's USER_HZ, the unit of /proc's CPU times, 100 on every architecture Java runs on. */
    private static final double TICKS_PER_SECOND = 100;

    /** CPU ticks per live thread (by tid and name) and the process's CPU, at one moment. */
    record Snapshot(Map<String, Long> ticks, long processNanos) {
    }

    private ThreadCpu() {
    }

    static Snapshot take() {
        Map<String, Long> ticks = new HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (Files.isDirectory(tasks)) {
            try (Stream<Path> all = Files.list(tasks)) {
                all.forEach(task -> read(task, ticks));
            } catch (IOException e) {
                ticks.clear(); // no groups rather than wrong ones
            }
        }
        return new Snapshot(ticks, Step.cpuNanos());
    }

    /** CPU seconds per group between two snapshots, largest first; empty without {@code /proc}. */
    static Map<String, Double> between(Snapshot before, Snapshot after) {
        if (after.ticks().isEmpty()) {
            return Map.of();
        }
        Map<String, Double> seconds = new HashMap<>();
        double live = 0;
        for (Map.Entry<String, Long> t : after.ticks().entrySet()) {
            double s = (t.getValue() - before.ticks().getOrDefault(t.getKey(), 0L)) / TICKS_PER_SECOND;
            seconds.merge(group(t.getKey().substring(t.getKey().indexOf(':') + 1)), s, Double::sum);
            live += s;
        }
        double process = (after.processNanos() - before.processNanos()) / 1e9;
        seconds.merge(ENDED, Math.max(0, process - live), Double::sum);
        seconds.remove(PORTAL);
        Map<String, Double> out = new LinkedHashMap<>();
        seconds.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), Math.round(e.getValue() * 100) / 100.0));
        return out;
    }

    static String group(String kernelName) {
        for (Map.Entry<String, String> g : GROUPS) {
            if (kernelName.startsWith(g.getKey())) {
                return g.getValue();
            }
        }
        return "other";
    }

    /** {@code /proc/self/task/TID/stat}: "tid (name) state …", utime and stime the 14th and 15th fields. */
    private static void read(Path task, Map<String, Long> ticks) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')'); // a name may hold parentheses and spaces
            String[] rest = stat.substring(close + 2).split(" ");
            // rest[0] is the 3rd field (state): utime is field 14, stime 15
            ticks.put(task.getFileName() + ":" + stat.substring(open + 1, close),
                    Long.parseLong(rest[11]) + Long.parseLong(rest[12]));
        } catch (IOException | RuntimeException e) {
            // the thread ended while being read: its CPU shows under ENDED
        }
    }
}
