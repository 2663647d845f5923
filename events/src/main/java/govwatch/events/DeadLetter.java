package govwatch.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A record that could not be read or understood, on {@link Topics#PAGES_DLQ}. Nothing is lost: the
 * original bytes travel with the reason.
 *
 * @param reason     what went wrong, for a person
 * @param sourceUrl  the page URL (the record key) when known
 * @param topic      where the record came from
 * @param partition  its partition
 * @param offset     its offset
 * @param failedAt   when processing failed
 * @param original   the original value bytes (base64 in JSON)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetter(
        String reason,
        String sourceUrl,
        String topic,
        Integer partition,
        Long offset,
        Instant failedAt,
        byte[] original) {
}
