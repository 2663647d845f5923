package govwatch.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The one JSON serde for every govwatch record. Unknown fields are ignored so that older readers keep
 * working when a record gains a field; a value that is not valid JSON of the type (a number or a boolean where a
 * string belongs included) throws {@link SerializationException} with the parser's message. A serde
 * {@linkplain #limitedTo limited} to a size refuses to write a larger record with {@link RecordTooLargeException},
 * before any producer sees it. A {@linkplain #binary binary} serde writes the same fields as Smile, Jackson's binary
 * JSON, for what only govwatch itself reads; every serde reads both forms.
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

    /** The shared mapper: ISO-8601 times, unknown fields ignored. */
    public static final ObjectMapper MAPPER = strictStrings(new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    /**
     * The same mapping written as Smile. Byte arrays are written as they are: the default 7-bit encoding, kept for
     * transports that cannot carry every byte, would add a seventh to the documents the stores keep.
     */
    private static final ObjectMapper SMILE = MAPPER.copyWith(SmileFactory.builder()
            .disable(SmileGenerator.Feature.ENCODE_BINARY_AS_7BIT).build());

    /** Every Smile document begins with this header, which no JSON text can: {@code :)\n}. */
    private static final byte[] SMILE_HEADER = {':', ')', '\n'};

    private final Class<T> type;
    private final int maxBytes;
    private final ObjectMapper writer;

    private JsonSerde(Class<T> type, int maxBytes, ObjectMapper writer) {
        this.type = type;
        this.maxBytes = maxBytes;
        this.writer = writer;
    }

    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(type, Integer.MAX_VALUE, MAPPER);
    }

    /** This serde refusing to write a value of more than {@code bytes} bytes. */
    public JsonSerde<T> limitedTo(int bytes) {
        return new JsonSerde<>(type, bytes, writer);
    }

    /**
     * This serde writing Smile instead of JSON text, for records that only govwatch reads (repartition topics, state
     * stores and their changelogs): a third fewer bytes where a record carries a byte array (base64 in text). It still
     * reads records written as JSON text, as a store kept by an older version holds.
     */
    public JsonSerde<T> binary() {
        return new JsonSerde<>(type, maxBytes, SMILE);
    }

    /** {@code "url": 12345} is not a URL: numbers and booleans are not read as strings. */
    private static ObjectMapper strictStrings(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = writer.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new SerializationException("cannot write " + type.getSimpleName()
                    + (writer == SMILE ? " as Smile: " : " as JSON: ") + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw new RecordTooLargeException(type.getSimpleName() + " of " + bytes.length + " bytes for " + topic
                    + " is over the " + maxBytes + "-byte limit of what govwatch writes there");
        }
        return bytes;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        boolean smile = isSmile(data);
        try {
            return (smile ? SMILE : MAPPER).readValue(data, type);
        } catch (IOException e) {
            throw new SerializationException("not a valid " + type.getSimpleName() + (smile ? " Smile" : " JSON")
                    + " record: " + e.getMessage(), e);
        }
    }

    private static boolean isSmile(byte[] data) {
        return data.length >= SMILE_HEADER.length && data[0] == SMILE_HEADER[0] && data[1] == SMILE_HEADER[1]
                && data[2] == SMILE_HEADER[2];
    }

    /** The record as one line of JSON, for standard output. */
    public String toJson(T data) {
        try {
            return MAPPER.writeValueAsString(data);
        } catch (IOException e) {
            throw new SerializationException("cannot write " + type.getSimpleName() + " as JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // configured by construction
    }

    @Override
    public void close() {
        // stateless: nothing to release
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }
}
