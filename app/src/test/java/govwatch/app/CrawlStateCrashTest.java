package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import govwatch.crawler.PageMemory;
import govwatch.crawler.kafka.KafkaCrawlState;
import govwatch.events.JsonSerde;
import govwatch.events.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawler killed with SIGKILL while it writes its memory: the next start finds its local copy behind the topic
 * (nothing was saved since the open), reads the tail, and then agrees with the topic on every URL; what was written
 * locally before the kill is still there.
 */
class CrawlStateCrashTest {
    private static final Instant T = Instant.parse("2024-03-01T08:00:00Z");
    private static final int BEFORE_KILL = 3_000;

    @TempDir
    Path work;

    @RegisterExtension
    final BrokerFixture broker = new BrokerFixture();
    private Process writer;

    @Test
    void aKilledCrawlersCopyCatchesUpWithTheTopicFromItsTail() throws Exception {
        Path local = work.resolve("crawl-state");
        Path progress = work.resolve("writer.out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        writer = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), Writer.class.getName(),
                broker.bootstrap(), local.toString())
                .redirectErrorStream(true).redirectOutput(progress.toFile()).start();
        broker.open(writer::destroyForcibly); // killed after the test, before the broker stops
        await().atMost(Duration.ofMinutes(2)).until(() -> Files.exists(progress)
                && Files.readAllLines(progress).stream().anyMatch(l -> l.equals("PUT " + BEFORE_KILL)));
        writer.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL while writing
        int written = (int) Files.readAllLines(progress).stream().filter(l -> l.startsWith("PUT ")).count();

        Map<String, byte[]> topic = latestOnTopic(); // each URL written once: one record a URL
        assertThat(topic).as("records acknowledged before the kill").isNotEmpty();
        Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrap());
        try (KafkaCrawlState state = KafkaCrawlState.open(client, local)) {
            assertThat(state.restoredFromScratch()).isFalse();
            assertThat(state.recordsRestored()).as("the tail: every record written since the open").isEqualTo(topic.size());
            JsonSerde<PageMemory> serde = JsonSerde.of(PageMemory.class);
            topic.forEach((url, value) -> assertThat(state.get(url)).contains(serde.deserialize(Topics.CRAWL_STATE.name(), value)));
            IntStream.range(0, written).forEach(i -> assertThat(state.get(Writer.url(i))).as("URL %d", i).isPresent());
        }
    }

    private Map<String, byte[]> latestOnTopic() {
        Map<String, Object> c = Map.of("bootstrap.servers", broker.bootstrap());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = IntStream.range(0, Topics.PARTITIONS)
                    .mapToObj(p -> new TopicPartition(Topics.CRAWL_STATE.name(), p)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<String, byte[]> latest = new HashMap<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> latest.put(r.key(), r.value()));
            }
            return latest;
        }
    }

    /** The crawler's writes, in a JVM of its own: one memory after another, each reported once written. */
    public static final class Writer {
        private Writer() {
        }

        static String url(int i) {
            return "http://www.example.gov.cn/zwgk/t" + i + ".html";
        }

        public static void main(String[] args) {
            KafkaCrawlState state = KafkaCrawlState.open(Map.of("bootstrap.servers", args[0]), Path.of(args[1]));
            for (int i = 0; ; i++) {
                state.put(url(i), new PageMemory("\"e" + i + "\"", null, "h" + i, T, T.plusSeconds(3600), List.of(url(i + 1))));
                System.out.println("PUT " + (i + 1));
            }
        }
    }
}
