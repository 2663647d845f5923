package govwatch.app.query;

import govwatch.events.JsonSerde;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One answer of the query server: a status, a content type and the body. */
record Answer(int status, String contentType, byte[] body) {

    static final String JSON = "application/json; charset=utf-8";

    /** 200 with {@code body} as JSON, or 404 when it is null. */
    static Answer of(Object body) throws IOException {
        return body == null ? notFound() : new Answer(200, JSON, json(body));
    }

    /** A JSON answer {@code {"error": message}}. */
    static Answer error(int status, String message) throws IOException {
        return new Answer(status, JSON, json(Map.of("error", message)));
    }

    static Answer notFound() throws IOException {
        return error(404, "not found");
    }

    /** An HTML page. */
    static Answer html(int status, String page) {
        return new Answer(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    /** What another instance answered (always JSON). */
    static Answer forwarded(Peers.Answer a) {
        return new Answer(a.status(), JSON, a.body());
    }

    static byte[] json(Object body) throws IOException {
        return JsonSerde.MAPPER.writeValueAsBytes(body);
    }
}
