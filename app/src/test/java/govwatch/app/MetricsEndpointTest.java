package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.app.metrics.Metrics;
import io.micrometer.core.instrument.Tags;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --metrics-port}: the registry the pipeline counts into is what Prometheus scrapes at /metrics. */
class MetricsEndpointTest {

    @Test
    void countersAndTheJvmAreScrapedInPrometheusFormat() throws Exception {
        int port = LocalPortal.freePort();
        try (Metrics metrics = new Metrics()) {
            metrics.serve("127.0.0.1", port);
            metrics.registry().counter("govwatch.streams.alerts", "type", "NEW_REPORT").increment(5);

            HttpResponse<String> response = scrape(port);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            PrometheusText text = new PrometheusText(response.body());
            assertThat(text.value("govwatch_streams_alerts_total", Map.of("type", "NEW_REPORT"))).hasValue(5);
            // Micrometer's standard JVM and system binders: memory, GC, threads, classes, CPU, uptime, files.
            assertThat(text.value("jvm_memory_used_bytes", Map.of("area", "heap", "id", "G1 Eden Space"))).isPresent();
            assertThat(text.has("jvm_gc_memory_allocated_bytes_total")).isTrue();
            assertThat(text.has("jvm_threads_live_threads")).isTrue();
            assertThat(text.has("jvm_classes_loaded_classes")).isTrue();
            assertThat(text.has("jvm_info")).isTrue();
            assertThat(text.has("process_cpu_usage")).isTrue();
            assertThat(text.has("system_cpu_count")).isTrue();
            assertThat(text.has("process_uptime_seconds")).isTrue();
            assertThat(text.has("process_start_time_seconds")).isTrue();
            assertThat(text.has("process_files_open_files")).isTrue();
        }
    }

    @Test
    void kafkasDeprecatedUnderscoreCopyOfATopicTagIsDropped() throws Exception {
        int port = LocalPortal.freePort();
        try (Metrics metrics = new Metrics()) {
            metrics.serve("127.0.0.1", port);
            String lag = "kafka.consumer.fetch.manager.records.lag";
            metrics.registry().gauge(lag, Tags.of("topic", "govwatch.pages", "partition", "0"), 7.0);
            metrics.registry().gauge(lag, Tags.of("topic", "govwatch_pages", "partition", "0"), 7.0);
            metrics.registry().gauge(lag, Tags.of("topic", "someone_elses_topic", "partition", "0"), 3.0);

            PrometheusText text = new PrometheusText(scrape(port).body());

            String name = "kafka_consumer_fetch_manager_records_lag";
            assertThat(text.value(name, Map.of("topic", "govwatch.pages"))).hasValue(7);
            assertThat(text.value(name, Map.of("topic", "govwatch_pages"))).isEmpty();
            assertThat(text.value(name, Map.of("topic", "someone_elses_topic"))).hasValue(3);
        }
    }

    private static HttpResponse<String> scrape(int port) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
