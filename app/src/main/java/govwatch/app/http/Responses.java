package govwatch.app.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/** The one way govwatch's small HTTP endpoints (demo portal, queries, metrics) answer a request. */
public final class Responses {

    private Responses() {
    }

    /** Sends {@code body} with {@code status} and {@code contentType}, and closes the response body. */
    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
