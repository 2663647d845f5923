package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import govwatch.app.QueryClient.Response;
import govwatch.app.pipeline.Pipeline;
import govwatch.app.pipeline.StopSignal;
import govwatch.crawler.CrawlerConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report query endpoint on the real pipeline: once the demo portal's five alerts are out, the store answers
 * for the regions, a region's reports and one report with its targets and alert history.
 */
class QueryEndpointTest {

    @TempDir
    Path work;

    private final QueryClient client = new QueryClient();

    @Test
    void theStoreAnswersForRegionsReportsAndHistory() throws Exception {
        int queryPort = LocalPortal.freePort();
        Map<String, Response> answers = new HashMap<>();
        AtomicInteger alerts = new AtomicInteger();
        AtomicReference<String> yijinhuoluoId = new AtomicReference<>();

        // Ask while the job still runs: right after the fifth alert, whose store update committed with it.
        Pipeline.run(new Pipeline.Options(LocalPortal.seeds(work, LocalPortal.DEMO), null, work.resolve("data"), true, CrawlerConfig.defaults(),
                Duration.ofMinutes(3), queryPort), new SimpleMeterRegistry(), alert -> {
                    if (alert.region().name().equals("伊金霍洛镇")) {
                        yijinhuoluoId.set(alert.reportId());
                    }
                    if (alerts.incrementAndGet() == 5) {
                        for (String path : new String[] {"", "/" + encode("伊金霍洛镇"), "/" + encode("伊金霍洛镇") + "/2023",
                                "/" + encode("伊金霍洛镇") + "/1999", "/" + encode("无此镇")}) {
                            answers.put(path, get(queryPort, "/regions" + path));
                        }
                        answers.put("places", get(queryPort, "/places"));
                        answers.put("by id", get(queryPort, "/reports/" + encode(yijinhuoluoId.get().split("/")[0])
                                + "/2023"));
                        answers.put("by wrong county", get(queryPort, "/reports/" + encode("奈曼旗伊金霍洛镇") + "/2023"));
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

        // Places and report ids carry the county where a page stated it, so two places of one name stay apart.
        JsonNode byId = answers.get("by id").json();
        assertThat(answers.get("places").json().fieldNames()).toIterable().hasSize(5)
                .contains(byId.at("/current/parent/name").asText() + "伊金霍洛镇");
        assertThat(byId.at("/reportId").asText()).isEqualTo(yijinhuoluoId.get());
        assertThat(byId.at("/current/parent/name").asText()).isEqualTo("伊金霍洛旗");
        assertThat(answers.get("by wrong county").status()).isEqualTo(404);

        assertThat(answers.get("/" + encode("伊金霍洛镇") + "/1999").status()).isEqualTo(404);
        assertThat(answers.get("/" + encode("无此镇")).status()).isEqualTo(404);
    }

    private Response get(int port, String path) {
        return client.get(port, path);
    }

    private static String encode(String s) {
        return QueryClient.encode(s);
    }
}
