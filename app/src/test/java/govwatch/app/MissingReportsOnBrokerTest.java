package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import govwatch.app.pipeline.AlertFeed;
import govwatch.crawler.kafka.KafkaPageSink;
import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.events.PageEvent;
import govwatch.places.Divisions;
import govwatch.streams.GovwatchTopology;
import govwatch.streams.MissingReportRules;
import govwatch.streams.StreamsApp;
import govwatch.understanding.DefaultTargetComparer;
import govwatch.understanding.WorkReportAnalyzer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * MISSING_REPORT on a real broker with two streams instances: each watched county is checked by one instance only,
 * and when an instance goes away the other takes its counties over with what was raised (restored from the
 * changelog), so no township is alerted twice.
 */
class MissingReportsOnBrokerTest {

    /** After the 2026 deadline: every township of a watched county without a 2026 report is missing. */
    private static final Clock AFTER_DEADLINE = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);
    private static final MissingReportRules RULES =
            new MissingReportRules(MonthDay.of(3, 31), Duration.ZERO, Duration.ofSeconds(2));
    private static final List<String> COUNTIES = List.of("150525000000", "150102000000", "150627000000");
    /** Watched only after one instance went away. */
    private static final String LATER = "150521000000";

    @TempDir
    Path work;

    @RegisterExtension
    final BrokerFixture broker = new BrokerFixture();

    @Test
    void twoInstancesRaiseEachMissingReportOnceAlsoWhenOneGoesAway() throws Exception {
        List<SimpleMeterRegistry> registries = List.of(new SimpleMeterRegistry(), new SimpleMeterRegistry());
        List<StreamsApp> apps = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var deps = new GovwatchTopology.Dependencies(new WorkReportAnalyzer(), new DefaultTargetComparer(),
                    AFTER_DEADLINE, registries.get(i), false, RULES);
            StreamsApp app = new StreamsApp(deps, broker.bootstrap(), work.resolve("streams-" + i), 1, Map.of());
            broker.open(app);
            apps.add(app);
            app.start();
        }
        for (StreamsApp app : apps) {
            assertThat(app.awaitRunning(Duration.ofMinutes(2))).isTrue();
        }
        COUNTIES.forEach(this::publish);
        Set<String> expected = new TreeSet<>();
        COUNTIES.forEach(county -> expected.addAll(missing2026(county)));

        List<Alert> alerts = new ArrayList<>();
        try (AlertFeed feed = new AlertFeed(broker.bootstrap(), true)) {
            await().atMost(Duration.ofMinutes(3)).until(() -> {
                assertThat(apps).noneMatch(StreamsApp::failed);
                feed.poll(Duration.ofMillis(200), alerts::add);
                return alerts.size() >= expected.size();
            });
            // Each county is shown (and checked) by exactly one instance.
            Set<String> onBoth = new TreeSet<>(shownCounties(registries.get(0)));
            onBoth.retainAll(shownCounties(registries.get(1)));
            assertThat(onBoth).isEmpty();
            assertThat(union(shownCounties(registries.get(0)), shownCounties(registries.get(1))))
                    .containsExactlyInAnyOrderElementsOf(COUNTIES);

            apps.get(1).close(); // its counties move to instance 0, restored from the changelog
            broker.forget(apps.get(1));
            await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
                assertThat(apps.get(0).failed()).isFalse();
                assertThat(shownCounties(registries.get(0))).containsExactlyInAnyOrderElementsOf(COUNTIES);
            });
            // A county watched from now on: its alerts come from a check after the takeover, and the instance commits
            // its output in order, so once they are in, anything the takeover raised again would be in too.
            publish(LATER);
            expected.addAll(missing2026(LATER));
            await().atMost(Duration.ofMinutes(3)).until(() -> {
                feed.poll(Duration.ofMillis(200), alerts::add);
                return alerts.stream().anyMatch(a -> a.parent().code().equals(LATER));
            });
            feed.drain(alerts::add, Duration.ofMinutes(1));
        }

        assertThat(alerts).extracting(Alert::type).containsOnly(AlertType.MISSING_REPORT);
        assertThat(alerts).extracting(Alert::reportId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** A page (not a report) of a portal that publishes for {@code county}: the county is watched. */
    private void publish(String county) {
        try (KafkaPageSink sink = new KafkaPageSink(Map.of("bootstrap.servers", broker.bootstrap()))) {
            String url = "http://portal-" + county + ".example/index.html";
            sink.publish(new PageEvent(url, url, "p" + county, AFTER_DEADLINE.instant(), 200, "text/html", "UTF-8",
                    null, null, "h" + county, "<html><body><p>欢迎访问本县门户网站</p></body></html>", false, null,
                    county));
            assertThat(sink.flushRejecting()).isEmpty();
        }
    }

    private static List<String> missing2026(String county) {
        List<String> ids = Divisions.official().townshipsOf(county).stream().map(p -> p.code() + "/2026").toList();
        assertThat(ids).as("townships of " + county).isNotEmpty();
        return ids;
    }

    private static Set<String> shownCounties(SimpleMeterRegistry registry) {
        Set<String> counties = new TreeSet<>();
        for (Gauge g : registry.find("govwatch.coverage.ratio").gauges()) {
            counties.add(g.getId().getTag("county"));
        }
        return counties;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
