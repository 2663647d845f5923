package govwatch.app.webhook;

import govwatch.events.Alert;
import govwatch.events.JsonSerde;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs one alert as JSON to a webhook URL, retrying with exponential backoff until the receiver answers 2xx. A
 * 4xx other than 408/429 means the receiver will never take this alert: it is logged and skipped, so one
 * unacceptable alert cannot block all that follow.
 * Each request carries an {@code Idempotency-Key} that is the same for every attempt and every restart, so a
 * receiver can drop the rare repeat (a crash between delivery and the offset commit).
 */
public final class WebhookSink {

    private static final Logger log = LoggerFactory.getLogger(WebhookSink.class);
    private static final JsonSerde<Alert> JSON = JsonSerde.of(Alert.class);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI url;
    private final Duration firstBackoff;
    private final Duration maxBackoff;

    public WebhookSink(URI url, Duration firstBackoff, Duration maxBackoff) {
        this.url = url;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    /** Delivers {@code alert}, retrying until it is accepted; throws only when interrupted. */
    public void deliver(Alert alert, String idempotencyKey) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.serialize(null, alert)))
                .build();
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            String failure;
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    return;
                }
                if (status / 100 == 4 && status != 408 && status != 429) {
                    log.error("webhook {} rejected alert {} for good (HTTP {}); skipping it", url, idempotencyKey, status);
                    return;
                }
                failure = "HTTP " + status;
            } catch (IOException e) {
                failure = e.toString();
            }
            log.warn("webhook {} refused alert {} (attempt {}: {}); retrying in {}", url, idempotencyKey, attempt,
                    failure, backoff);
            Thread.sleep(backoff.toMillis());
            backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
        }
    }
}
