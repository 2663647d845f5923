package govwatch.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One fetched page, published by the crawler on {@link Topics#PAGES} keyed by {@link #url}.
 *
 * @param url          canonical URL (the record key)
 * @param finalUrl     URL after redirects
 * @param portalId     the seed portal it belongs to
 * @param fetchedAt    when it was fetched
 * @param status       HTTP status
 * @param contentType  media type without parameters (text/html, application/pdf …)
 * @param charset      the charset the body was decoded with (GB18030 for GB2312/GBK pages)
 * @param etag         the ETag validator, if any
 * @param lastModified the Last-Modified validator, if any
 * @param contentHash  SHA-256 (hex) of the raw body bytes
 * @param body         the body as Unicode text: HTML source for pages, extracted text for attachments
 * @param truncated    whether the body was cut at the size cap
 * @param parentUrl    for an attachment, the article page that linked it; else null
 * @param countyCode   the 12-digit code of the county the portal publishes for, when its seed declares one; else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageEvent(
        String url,
        String finalUrl,
        String portalId,
        Instant fetchedAt,
        int status,
        String contentType,
        String charset,
        String etag,
        String lastModified,
        String contentHash,
        String body,
        boolean truncated,
        String parentUrl,
        String countyCode) {

    /** A page of a portal that declares no county. */
    public PageEvent(String url, String finalUrl, String portalId, Instant fetchedAt, int status, String contentType,
                     String charset, String etag, String lastModified, String contentHash, String body,
                     boolean truncated, String parentUrl) {
        this(url, finalUrl, portalId, fetchedAt, status, contentType, charset, etag, lastModified, contentHash, body,
                truncated, parentUrl, null);
    }
}
