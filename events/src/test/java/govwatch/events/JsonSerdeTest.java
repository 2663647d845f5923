package govwatch.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    /** A record shaped like what the stores keep: text, a time, a list and a compressed document. */
    record Kept(String name, Instant at, List<String> units, byte[] document) {
    }

    private static final JsonSerde<Kept> TEXT = JsonSerde.of(Kept.class);
    private static final JsonSerde<Kept> BINARY = JsonSerde.of(Kept.class).binary();

    private static Kept sample(int documentBytes) {
        byte[] document = new byte[documentBytes];
        new Random(7).nextBytes(document); // gzip output looks like this: nothing left to compress
        return new Kept("东明镇", Instant.parse("2025-03-01T08:00:00Z"), List.of("万元", "%"), document);
    }

    @Test
    void binaryWritesSmileAndReadsBackEveryField() {
        Kept kept = sample(3000);

        byte[] bytes = BINARY.serialize("t", kept);
        Kept back = BINARY.deserialize("t", bytes);

        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo(":)\n");
        assertThat(back.name()).isEqualTo("东明镇");
        assertThat(back.at()).isEqualTo(kept.at());
        assertThat(back.units()).containsExactly("万元", "%");
        assertThat(back.document()).isEqualTo(kept.document());
    }

    @Test
    void eitherSerdeReadsWhatTheOtherWrote() {
        Kept kept = sample(100);

        byte[] text = TEXT.serialize("t", kept); // as a store kept by an older version holds it
        byte[] binary = BINARY.serialize("t", kept);

        assertThat(text[0]).isEqualTo((byte) '{');
        assertThat(BINARY.deserialize("t", text).document()).isEqualTo(kept.document());
        assertThat(TEXT.deserialize("t", binary).document()).isEqualTo(kept.document());
    }

    @Test
    void aDocumentCostsItsOwnBytesNotItsBase64() {
        Kept kept = sample(30_000);

        int text = TEXT.serialize("t", kept).length;
        int binary = BINARY.serialize("t", kept).length;

        assertThat(text).isGreaterThan(40_000); // base64: 4 characters for 3 bytes
        assertThat(binary).isLessThan(30_200);
    }

    @Test
    void theLimitAndTheStrictStringsHoldInSmileToo() {
        assertThatThrownBy(() -> BINARY.limitedTo(1000).serialize("t", sample(2000)))
                .isInstanceOf(RecordTooLargeException.class).hasMessageContaining("1000-byte limit");

        byte[] numberAsName = JsonSerde.of(Map.class).binary().serialize("t", Map.of("name", 12345));
        assertThatThrownBy(() -> BINARY.deserialize("t", numberAsName))
                .isInstanceOf(SerializationException.class).hasMessageStartingWith("not a valid Kept Smile record");
    }

    @Test
    void aRecordThatIsNeitherFailsAsJson() {
        assertThatThrownBy(() -> BINARY.deserialize("t", "<html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageStartingWith("not a valid Kept JSON record");
    }
}
