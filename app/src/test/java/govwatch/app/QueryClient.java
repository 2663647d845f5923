package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import govwatch.events.JsonSerde;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Asks a report query endpoint on 127.0.0.1 as a user would. */
final class QueryClient {

    /** One answer. */
    record Response(int status, String body) {
        JsonNode json() {
            assertThat(status).as(body).isEqualTo(200);
            try {
                return JsonSerde.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * The answer to {@code GET path}. A 503 — the streams group is rebalancing, which can happen right after the first
     * alerts while the app's threads take their tasks — is asked again, as its message tells a user to, for up to
     * a minute.
     */
    Response get(int port, String path) {
        try {
            long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (true) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() != 503 || System.nanoTime() > until) {
                    return new Response(r.statusCode(), r.body());
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
