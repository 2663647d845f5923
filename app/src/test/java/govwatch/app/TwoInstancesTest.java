package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import govwatch.app.pipeline.AlertFeed;
import govwatch.app.pipeline.StreamsLag;
import govwatch.streams.GovwatchTopology;
import govwatch.app.pipeline.Pipeline;
import govwatch.app.query.QueryServer;
import govwatch.crawler.kafka.KafkaPageSink;
import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.events.PageEvent;
import govwatch.events.Topics;
import govwatch.streams.StreamsApp;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Production on a stock broker: the in-process broker with a stock broker's limits (1 MB records unless a topic says
 * otherwise), two streams instances, and among ordinary reports one of more than 2 MB of varied text. Every report is
 * alerted exactly once, both instances stay up, and each answers for every place, whichever instance holds it (the
 * JSON queries and the web page alike).
 */
class TwoInstancesTest {

    private static final int TOWNSHIPS = 40;
    private static final String LONG_TOWNSHIP = "长文镇";

    @TempDir
    Path work;

    @RegisterExtension
    final BrokerFixture broker = new BrokerFixture();

    @Test
    void twoInstancesAlertEveryReportOnceAndEachAnswersForEveryPlace() throws Exception {
        int[] ports = {LocalPortal.freePort(), LocalPortal.freePort()};
        List<StreamsApp> apps = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            StreamsApp app = new StreamsApp(Pipeline.dependencies(new SimpleMeterRegistry(), false), broker.bootstrap(),
                    work.resolve("streams-" + i), 1, StreamsApp.queryEndpoint("127.0.0.1", ports[i]));
            broker.open(app);
            apps.add(app);
            app.start();
            broker.open(QueryServer.start(app.queries(), "127.0.0.1", ports[i]));
        }
        for (StreamsApp app : apps) {
            assertThat(app.awaitRunning(Duration.ofMinutes(2))).isTrue();
        }

        String template = Townships.template();
        PageEvent longReport = Townships.longReport(template, LONG_TOWNSHIP, 2_400_000);
        assertThat(longReport.body().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2_000_000);
        try (KafkaPageSink sink = new KafkaPageSink(Map.of("bootstrap.servers", broker.bootstrap()))) {
            for (int i = 0; i < TOWNSHIPS; i++) {
                sink.publish(Townships.page(template, i));
                if (i == TOWNSHIPS / 2) {
                    sink.publish(longReport);
                }
            }
            assertThat(sink.flushRejecting()).isEmpty();
        }

        List<Alert> alerts = new ArrayList<>();
        try (AlertFeed feed = new AlertFeed(broker.bootstrap(), true);
             StreamsLag lag = new StreamsLag(broker.bootstrap(), StreamsApp.APPLICATION_ID,
                     GovwatchTopology.build(Pipeline.dependencies(new SimpleMeterRegistry(), false)).describe())) {
            lag.await(Duration.ofMinutes(3), () -> {
                assertThat(apps).noneMatch(StreamsApp::failed);
                feed.poll(Duration.ofMillis(100), alerts::add);
                return true;
            });
            feed.drain(alerts::add, Duration.ofMinutes(1));
        }

        List<String> places = new ArrayList<>();
        for (int i = 0; i < TOWNSHIPS; i++) {
            places.add(Townships.name(i));
        }
        places.add(LONG_TOWNSHIP);
        assertThat(alerts).extracting(Alert::type).containsOnly(AlertType.NEW_REPORT);
        assertThat(alerts).extracting(Alert::reportId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(places.stream().map(p -> p + "/2024").toList());
        assertThat(apps).noneMatch(StreamsApp::failed);

        QueryClient client = new QueryClient();
        // The store is split between the instances: each hosts some places, none hosts them all.
        List<String> hostedHere = new ArrayList<>();
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            hostedHere.clear();
            for (int port : ports) {
                List<String> local = new ArrayList<>();
                client.get(port, "/regions?local=true").json().fieldNames().forEachRemaining(local::add);
                assertThat(local).isNotEmpty().hasSizeLessThan(places.size());
                hostedHere.addAll(local);
            }
            assertThat(hostedHere).containsExactlyInAnyOrderElementsOf(places);
        });
        for (int port : ports) {
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
                assertThat(client.get(port, "/regions").json().fieldNames()).toIterable()
                        .containsExactlyInAnyOrderElementsOf(places);
                for (String place : places) {
                    String path = "/" + QueryClient.encode(place);
                    assertThat(client.get(port, "/regions" + path + "/2024").json().at("/reportId").asText())
                            .isEqualTo(place + "/2024");
                    assertThat(client.get(port, "/reports" + path + "/2024").status()).isEqualTo(200);
                }
                // Every report, and the web page's list of places, whichever instance is asked.
                assertThat(client.get(port, "/reports").json()).hasSize(places.size());
                String page = client.get(port, "/").body();
                assertThat(places).allMatch(place -> page.contains(">" + place + "</a>"));
            });
            assertThat(client.get(port, "/regions/" + QueryClient.encode("无此镇")).status()).isEqualTo(404);
            assertThat(client.get(port, "/reports/" + QueryClient.encode("无此镇") + "/2024").status()).isEqualTo(404);
        }
        assertThat(RecordSizes.of(broker.bootstrap(), Topics.PAGES_DLQ.name()).count()).isZero();
    }
}
