package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import govwatch.app.pipeline.Pipeline;
import govwatch.app.pipeline.StopSignal;
import govwatch.crawler.CrawlerConfig;
import govwatch.events.JsonSerde;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report query endpoint on the real pipeline: once the demo portal's five alerts are out, the store answers
 * for the regions, a region's reports and one report with its targets and alert history.
 */
class QueryEndpointTest {

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theStoreAnswersForRegionsReportsAndHistory() throws Exception {
        int queryPort = LocalPortal.freePort();
        Map<String, Response> answers = new HashMap<>();
        AtomicInteger alerts = new AtomicInteger();

        // Ask while the job still runs: right after the fifth alert, whose store update committed with it.
        Pipeline.run(new Pipeline.Options(LocalPortal.seeds(work, LocalPortal.DEMO), null, work.resolve("data"), true, CrawlerConfig.defaults(),
                Duration.ofMinutes(3), queryPort), new SimpleMeterRegistry(), alert -> {
                    if (alerts.incrementAndGet() == 5) {
                        for (String path : new String[] {"", "/" + encode("伊金霍洛镇"), "/" + encode("伊金霍洛镇") + "/2023",
                                "/" + encode("伊金霍洛镇") + "/1999", "/" + encode("无此镇")}) {
                            answers.put(path, get(queryPort, "/regions" + path));
                        }
                    }
                }, StopSignal.never());

        JsonNode regions = answers.get("").json();
        assertThat(regions.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("新镇", "东明镇", "关路镇", "公坪镇", "伊金霍洛镇");
        assertThat(regions.get("公坪镇").get(0).asInt()).isEqualTo(2021);

        JsonNode byYear = answers.get("/" + encode("伊金霍洛镇")).json();
        assertThat(byYear).hasSize(1);
        assertThat(byYear.get(0).at("/current/year").asInt()).isEqualTo(2023);

        JsonNode report = answers.get("/" + encode("伊金霍洛镇") + "/2023").json();
        assertThat(report.at("/current/draft").asBoolean()).isTrue();
        assertThat(report.at("/current/targets").size()).isPositive();
        assertThat(report.at("/history/0/type").asText()).isEqualTo("NEW_REPORT");

        assertThat(answers.get("/" + encode("伊金霍洛镇") + "/1999").status()).isEqualTo(404);
        assertThat(answers.get("/" + encode("无此镇")).status()).isEqualTo(404);
    }

    private record Response(int status, String body) {
        JsonNode json() {
            assertThat(status).as(body).isEqualTo(200);
            try {
                return JsonSerde.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Response get(int port, String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
