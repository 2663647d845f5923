package govwatch.app.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks another streams instance's query endpoint for what it hosts ({@code local=true}: it answers from its own
 * store and forwards nothing, so two instances never ask each other in a loop).
 */
final class Peers {

    /** An answer from another instance. */
    record Answer(int status, byte[] body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** GET {@code rawPath} (already encoded) with {@code rawQuery} (may be empty) on {@code host}, local answers only. */
    Answer get(HostInfo host, String rawPath, String rawQuery) throws IOException, InterruptedException {
        String query = (rawQuery == null || rawQuery.isEmpty() ? "" : rawQuery + "&") + "local=true";
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + rawPath + "?" + query);
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.body());
    }
}
