package govwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.events.AlertType;
import govwatch.events.JsonSerde;
import govwatch.events.PageEvent;
import govwatch.events.Topics;
import govwatch.understanding.DefaultTargetComparer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology's counters exist at zero for every known tag value before the first record (so that Prometheus'
 * {@code increase()} sees the first event), and what the topology counts stays within those values.
 */
class StreamsMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    /** Not the shared default under /tmp, which other builds on the machine may be using at the same time. */
    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> pages;

    @BeforeEach
    void build() {
        var deps = new GovwatchTopology.Dependencies(new ScriptedAnalyzer(), new DefaultTargetComparer(),
                Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC), registry, true);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "metrics-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.putAll(GovwatchTopology.settings(deps)); // the dead-letter handlers count by stage
        driver = new TopologyTestDriver(GovwatchTopology.build(deps), props);
        pages = driver.createInputTopic(Topics.PAGES.name(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void everyKnownCounterIsRegisteredAtZeroBeforeTheFirstRecord() {
        assertThat(tagValues("govwatch.streams.alerts", "type"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(AlertType.values()).map(Enum::name).toList());
        assertThat(tagValues("govwatch.streams.pages", "outcome")).containsExactlyInAnyOrder("report", "not_report", "dead_letter");
        assertThat(tagValues("govwatch.streams.dead.letters", "stage"))
                .containsExactlyInAnyOrder("deserialization", "validation", "analysis", "comparison", "production",
                        "production_refused");
        assertThat(registry.get("govwatch.streams.reread_failures").counter().count()).isZero();
        assertThat(tagValues("govwatch.streams.decisions", "decision")).containsExactlyInAnyOrderElementsOf(StreamsMetrics.DECISIONS);
        assertThat(registry.find("govwatch.streams.alerts").counters()).extracting(Counter::count).containsOnly(0.0);
        assertThat(registry.find("govwatch.streams.decisions").counters()).extracting(Counter::count).containsOnly(0.0);
    }

    @Test
    void whatTheTopologyCountsIsAmongThePreRegisteredValues() {
        page("http://portal/a.html", "region: 东明镇\nyear: 2024\ntarget: 收入=5000\n");
        page("http://portal/a.html", "region: 东明镇\nyear: 2024\ntarget: 收入=5000\n");
        page("http://portal/a.html", "region: 东明镇\nyear: 2024\ntarget: 收入=6000\n");
        page("http://portal/a.html", "region: 东明镇\nyear: 2024\ntarget: 收入=6000\ntext: 修改\n");
        page("http://portal/b.html", "region: 东明镇\nyear: 2024\ndraft: true\ntarget: 收入=5000\n");
        page("http://portal/news.html", "新闻");

        assertThat(tagValues("govwatch.streams.decisions", "decision")).containsExactlyInAnyOrderElementsOf(StreamsMetrics.DECISIONS);
        assertThat(count("govwatch.streams.decisions", "decision", "new")).isEqualTo(1);
        assertThat(count("govwatch.streams.decisions", "decision", "targets_changed")).isEqualTo(1);
        assertThat(count("govwatch.streams.alerts", "type", "NEW_REPORT")).isEqualTo(1);
        assertThat(count("govwatch.streams.alerts", "type", "TARGET_CHANGED")).isEqualTo(1);
        assertThat(count("govwatch.streams.alerts", "type", "REPORT_REVISED")).isEqualTo(1);
        assertThat(count("govwatch.streams.pages", "outcome", "report")).isEqualTo(5);
        assertThat(count("govwatch.streams.pages", "outcome", "not_report")).isEqualTo(1);
    }

    @Test
    void aDeadLetterIsCountedByItsStage() {
        pages.pipeInput("http://portal/broken.html", "{not json".getBytes(StandardCharsets.UTF_8));
        page("http://portal/garbage.pdf", "unreadable");

        assertThat(count("govwatch.streams.dead.letters", "stage", "deserialization")).isEqualTo(1);
        assertThat(count("govwatch.streams.dead.letters", "stage", "analysis")).isEqualTo(1);
        assertThat(count("govwatch.streams.pages", "outcome", "dead_letter")).isEqualTo(2);
        assertThat(tagValues("govwatch.streams.dead.letters", "stage")).hasSize(StreamsMetrics.DEAD_LETTER_STAGES.size());
    }

    private void page(String url, String body) {
        PageEvent event = new PageEvent(url, url, "demo", Instant.parse("2026-11-25T07:00:00Z"), 200, "text/html",
                "UTF-8", null, null, Integer.toHexString(body.hashCode()), body, false, null);
        pages.pipeInput(url, JsonSerde.of(PageEvent.class).serialize(Topics.PAGES.name(), event));
    }

    private List<String> tagValues(String name, String tag) {
        return registry.find(name).counters().stream().map(c -> c.getId().getTag(tag)).toList();
    }

    private double count(String name, String tag, String value) {
        return registry.get(name).tag(tag, value).counter().count();
    }
}
