package govwatch.streams;

import govwatch.events.Alert;
import govwatch.events.DeadLetter;
import govwatch.events.JsonSerde;
import govwatch.events.PageEvent;
import govwatch.events.PublishedReport;
import govwatch.events.Topics;
import govwatch.understanding.DefaultTargetComparer;
import govwatch.understanding.ReportAnalyzer;
import govwatch.understanding.TargetComparer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** The topology on a {@link TopologyTestDriver} with the settings it runs with, and its topics typed for tests. */
final class TopologyFixture implements AutoCloseable {

    /** The wall clock the topology tests run at (a test that moves time brings its own clock). */
    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    final SimpleMeterRegistry metrics;
    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> pages;
    final TestOutputTopic<String, Alert> alerts;
    final TestOutputTopic<String, PublishedReport> reports;
    final TestOutputTopic<String, DeadLetter> deadLetters;

    private final Path stateDir;

    TopologyFixture(ReportAnalyzer analyzer, TargetComparer comparer, boolean reportRevised) {
        this(new SimpleMeterRegistry(), metrics -> new GovwatchTopology.Dependencies(analyzer, comparer,
                Clock.fixed(NOW, ZoneOffset.UTC), metrics, reportRevised));
    }

    /** The topology of the dependencies made around the fixture's registry; the driver's wall clock starts at theirs. */
    static TopologyFixture of(Function<SimpleMeterRegistry, GovwatchTopology.Dependencies> dependencies) {
        return new TopologyFixture(new SimpleMeterRegistry(), dependencies);
    }

    private TopologyFixture(SimpleMeterRegistry metrics,
                            Function<SimpleMeterRegistry, GovwatchTopology.Dependencies> dependencies) {
        this.metrics = metrics;
        try {
            stateDir = Files.createTempDirectory("govwatch-topology-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var deps = dependencies.apply(metrics);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        // A state dir of its own: the default (/tmp/kafka-streams/<application.id>) is shared by every build on the
        // machine, and RocksDB locks it.
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.putAll(GovwatchTopology.settings(deps));
        driver = new TopologyTestDriver(GovwatchTopology.build(deps), props, deps.clock().instant());
        pages = driver.createInputTopic(Topics.PAGES.name(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
        alerts = driver.createOutputTopic(Topics.ALERTS.name(), Topics.ALERTS.keySerde().deserializer(),
                Topics.ALERTS.valueSerde().deserializer());
        reports = driver.createOutputTopic(Topics.REPORTS.name(), Topics.REPORTS.keySerde().deserializer(),
                Topics.REPORTS.valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.PAGES_DLQ.name(), Topics.PAGES_DLQ.keySerde().deserializer(),
                Topics.PAGES_DLQ.valueSerde().deserializer());
    }

    TopologyFixture(ReportAnalyzer analyzer, TargetComparer comparer) {
        this(analyzer, comparer, false);
    }

    TopologyFixture(ReportAnalyzer analyzer) {
        this(analyzer, new DefaultTargetComparer());
    }

    /** Publishes a page record with {@code body} at {@code url}. */
    void page(String url, String body) {
        page(url, body, null);
    }

    /** Publishes a page record with {@code body} at {@code url}, of a portal declaring {@code county} (or null). */
    void page(String url, String body, String county) {
        raw(url, JsonSerde.of(PageEvent.class).serialize(Topics.PAGES.name(), new PageEvent(url, url, "demo",
                Instant.parse("2026-11-25T07:00:00Z"), 200, "text/html", "UTF-8", null, null,
                Integer.toHexString(body.hashCode()), body, false, null, county)));
    }

    /** Publishes a page record given as JSON text. */
    void json(String key, String json) {
        raw(key, json.getBytes(StandardCharsets.UTF_8));
    }

    void raw(String key, byte[] value) {
        pages.pipeInput(key, value);
    }

    @Override
    public void close() {
        driver.close(); // removes the state it wrote
        try (Stream<Path> left = Files.walk(stateDir)) {
            left.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
