package govwatch.crawler.fetch;

import java.time.Duration;

/**
 * One final (non-redirect) HTTP response.
 *
 * @param finalUrl      the URL that answered, after redirects
 * @param status        HTTP status
 * @param contentType   media type without parameters, lower case; null if none was sent
 * @param headerCharset the charset label of the Content-Type header, or null
 * @param etag          ETag header, or null
 * @param lastModified  Last-Modified header, or null
 * @param body          the body bytes, at most the cap
 * @param truncated     whether the body was longer than the cap and cut
 * @param retryAfter    the Retry-After of a 429/503, or null
 * @param location      the Location of a 3xx, or null
 */
public record HttpResponse(String finalUrl, int status, String contentType, String headerCharset, String etag,
                           String lastModified, byte[] body, boolean truncated, Duration retryAfter,
                           String location) {
}
