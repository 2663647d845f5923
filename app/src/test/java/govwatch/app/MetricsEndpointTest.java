package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.app.metrics.Metrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code --metrics-port}: the registry the pipeline counts into is what Prometheus scrapes at /metrics. */
class MetricsEndpointTest {

    @Test
    void countersAreScrapedInPrometheusFormat() throws Exception {
        int port = LocalPortal.freePort();
        try (Metrics metrics = new Metrics()) {
            metrics.serve("127.0.0.1", port);
            metrics.registry().counter("govwatch.streams.alerts", "type", "NEW_REPORT").increment(5);

            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(response.body()).contains("govwatch_streams_alerts_total{type=\"NEW_REPORT\"} 5.0")
                    .contains("jvm_memory_used_bytes");
        }
    }

}
