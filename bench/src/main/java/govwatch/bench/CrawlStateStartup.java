package govwatch.bench;

import govwatch.app.embedded.EmbeddedKafka;
import govwatch.app.broker.TopicSetup;
import govwatch.crawler.PageMemory;
import govwatch.crawler.kafka.KafkaCrawlState;
import govwatch.events.JsonSerde;
import govwatch.events.Topics;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Start time and heap of the Kafka-backed crawl state with N remembered URLs on {@code govwatch.crawl-state}: a
 * real broker runs in a JVM of its own (so this JVM's heap holds only the crawl state), the topic is filled once
 * with N memories shaped like {@link CrawlStateFootprint}'s, then the state is opened several times — twice with
 * its local copy deleted (the whole topic is read), then with it kept (only the tail is read); each open is timed,
 * the heap used after a full GC with the state open is compared with the heap before, and random reads are timed.
 * Not a JMH benchmark: one start is a single long event. Run:
 * {@code java -Xmx2g -cp bench/target/benchmarks.jar govwatch.bench.CrawlStateStartup N [WORK-DIR]}.
 */
public final class CrawlStateStartup {
    private static final int ROUNDS = 3;

    private CrawlStateStartup() {
    }

    public static void main(String[] args) throws Exception {
        int urls = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/crawl-state-bench/" + urls).toAbsolutePath();
        Files.createDirectories(work);
        Process broker = startBroker(work.resolve("broker"));
        try {
            String bootstrap = new BufferedReader(new InputStreamReader(broker.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (bootstrap == null) {
                throw new IllegalStateException("the broker JVM ended before it printed its address");
            }
            TopicSetup.ensureTopics(bootstrap, (short) 1);
            Map<String, Object> client = Map.of("bootstrap.servers", bootstrap);
            fill(client, urls);
            Path local = work.resolve("crawl-state");
            for (int r = 0; r < ROUNDS + 2; r++) {
                boolean cold = r < 2; // twice with no local copy (read the whole topic), then with it (the tail)
                if (cold) {
                    deleteTree(local);
                }
                long before = CrawlStateFootprint.usedAfterGc();
                long start = System.nanoTime();
                KafkaCrawlState state = KafkaCrawlState.open(client, local);
                long millis = (System.nanoTime() - start) / 1_000_000;
                long heap = CrawlStateFootprint.usedAfterGc() - before;
                System.out.printf("RocksDB KafkaCrawlState, %,d URLs, %s: start %,d ms (%,d records read), heap %.1f MB,"
                                + " process RSS %,d MB, local copy %,d MB on disk%n", urls, cold ? "no local copy" : "local copy kept",
                        millis, state.recordsRestored(), heap / 1048576.0, rssMegabytes(), directoryBytes(local) / 1048576);
                if (r == ROUNDS + 1) {
                    readLatency(state, urls);
                }
                Reference.reachabilityFence(state);
                state.close();
            }
        } finally {
            broker.destroy();
            broker.waitFor();
        }
    }

    /** Random reads of remembered URLs, as the crawler makes one per task: microseconds each, no cache needed in front. */
    private static void readLatency(KafkaCrawlState state, int urls) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        int reads = 200_000;
        long found = 0;
        long start = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            found += state.get(url(random.nextInt(urls))).isPresent() ? 1 : 0;
        }
        double micros = (System.nanoTime() - start) / 1000.0 / reads;
        System.out.printf("  random get: %.1f µs each (%,d reads, %,d found)%n", micros, reads, found);
    }

    private static long rssMegabytes() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    private static long directoryBytes(Path dir) throws Exception {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Writes N memories unless the topic already holds them (from an earlier run on the same work dir). */
    static void fill(Map<String, Object> client, int urls) throws Exception {
        try (Admin admin = Admin.create(client)) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            IntStream.range(0, Topics.PARTITIONS).forEach(p -> latest.put(new TopicPartition(Topics.CRAWL_STATE.name(), p), OffsetSpec.latest()));
            long held = admin.listOffsets(latest).all().get().values().stream().mapToLong(i -> i.offset()).sum();
            if (held >= urls) {
                return;
            }
        }
        Map<String, Object> c = new HashMap<>(client);
        c.put(ProducerConfig.LINGER_MS_CONFIG, 50);
        c.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        c.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        long start = System.nanoTime();
        try (KafkaProducer<String, PageMemory> producer = new KafkaProducer<>(c, new StringSerializer(), JsonSerde.of(PageMemory.class))) {
            for (int i = 0; i < urls; i++) {
                producer.send(new ProducerRecord<>(Topics.CRAWL_STATE.name(), url(i), memory(i)));
            }
        }
        System.out.printf("filled %s with %,d memories in %,d ms%n", Topics.CRAWL_STATE.name(), urls, (System.nanoTime() - start) / 1_000_000);
    }

    static String url(int i) {
        return "http://www.example.gov.cn/zwgk/zfgzbg/2024" + (i % 12) + "/t2024010" + i + "_" + (100000 + i) + ".html";
    }

    static PageMemory memory(int i) {
        Instant now = Instant.parse("2024-03-01T08:00:00Z");
        return new PageMemory("\"65a1b2c3-" + i + "\"", "Thu, 04 Jan 2024 02:12:" + (i % 60) + " GMT",
                String.format("%064x", 0x9f86d081884c7d65L * (i + 1)), now.plusSeconds(i), now.plusSeconds(86400 + i),
                List.of("http://www.example.gov.cn/zwgk/zfgzbg/index.html", "http://www.example.gov.cn/zwgk/zfgzbg/2024/x" + i + ".pdf"));
    }

    /** A broker in a JVM of its own on {@code dir}; it prints its address, and stops when its input closes. */
    private static Process startBroker(Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), Broker.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The broker JVM. */
    public static final class Broker {
        private Broker() {
        }

        public static void main(String[] args) throws Exception {
            try (EmbeddedKafka kafka = EmbeddedKafka.start(Path.of(args[0]))) {
                System.out.println(kafka.bootstrapServers());
                System.out.flush();
                while (System.in.read() >= 0) {
                    // runs until the parent closes our input or ends us
                }
            }
        }
    }
}
