package govwatch.app.query;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One query request: the resource ({@code regions}, {@code places}, {@code reports}), the decoded path parts after
 * it, the query parameters, whether only this instance's store is asked, and the raw path and query to forward.
 */
record Request(String resource, List<String> parts, Map<String, String> params, boolean local, String rawPath,
               String rawQuery) {

    static Request of(URI uri) {
        String rawPath = uri.getRawPath();
        List<String> parts = new ArrayList<>();
        for (String part : rawPath.split("/")) {
            if (!part.isEmpty()) {
                parts.add(URLDecoder.decode(part, StandardCharsets.UTF_8));
            }
        }
        String resource = parts.isEmpty() ? "" : parts.remove(0);
        Map<String, String> params = new HashMap<>();
        String rawQuery = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return new Request(resource, List.copyOf(parts), Map.copyOf(params), "true".equals(params.get("local")),
                rawPath, rawQuery.replaceAll("(^|&)local=true", ""));
    }

    String param(String name) {
        return params.get(name);
    }
}
