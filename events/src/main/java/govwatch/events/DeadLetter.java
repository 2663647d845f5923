package govwatch.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A record that could not be read, understood or written, on {@link Topics#PAGES_DLQ}. Nothing is lost: the
 * original bytes travel with the stage and the reason.
 *
 * @param stage      where it failed: deserialization, validation, analysis, comparison or production
 * @param reason     what went wrong, for a person, with the stack trace where there was an exception
 * @param sourceUrl  the page URL (the record key) when known
 * @param topic      where the failing record came from (govwatch.pages, or the repartition topic after it)
 * @param partition  its partition
 * @param offset     its offset
 * @param failedAt   when processing failed
 * @param original   the original value bytes (base64 in JSON), cut at {@link #MAX_ORIGINAL_BYTES}
 * @param originalTruncated whether {@code original} was cut
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetter(
        String stage,
        String reason,
        String sourceUrl,
        String topic,
        Integer partition,
        Long offset,
        Instant failedAt,
        byte[] original,
        Boolean originalTruncated) {

    /** Base64 grows bytes by a third: this much original keeps a dead letter under {@link Topics#MAX_RECORD_BYTES}. */
    public static final int MAX_ORIGINAL_BYTES = 10 * 1024 * 1024;

    /** The stages a record can fail at. */
    public static final String DESERIALIZATION = "deserialization";
    public static final String VALIDATION = "validation";
    public static final String ANALYSIS = "analysis";
    public static final String COMPARISON = "comparison";
    public static final String PRODUCTION = "production";

    /** A dead letter with {@code original} cut to {@link #MAX_ORIGINAL_BYTES}. */
    public static DeadLetter of(String stage, String reason, String sourceUrl, String topic, Integer partition,
                                Long offset, Instant failedAt, byte[] original) {
        boolean cut = original != null && original.length > MAX_ORIGINAL_BYTES;
        byte[] kept = cut ? java.util.Arrays.copyOf(original, MAX_ORIGINAL_BYTES) : original;
        return new DeadLetter(stage, reason, sourceUrl, topic, partition, offset, failedAt, kept, cut ? true : null);
    }
}
