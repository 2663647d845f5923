package govwatch.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
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
 * before any producer sees it.
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

    /** The shared mapper: ISO-8601 times, unknown fields ignored. */
    public static final ObjectMapper MAPPER = strictStrings(new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    private final Class<T> type;
    private final int maxBytes;

    private JsonSerde(Class<T> type, int maxBytes) {
        this.type = type;
        this.maxBytes = maxBytes;
    }

    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(type, Integer.MAX_VALUE);
    }

    /** This serde refusing to write a value of more than {@code bytes} bytes. */
    public JsonSerde<T> limitedTo(int bytes) {
        return new JsonSerde<>(type, bytes);
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
            bytes = MAPPER.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new SerializationException("cannot write " + type.getSimpleName() + " as JSON: " + e.getMessage(), e);
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
        try {
            return MAPPER.readValue(data, type);
        } catch (IOException e) {
            throw new SerializationException("not a valid " + type.getSimpleName() + " JSON record: " + e.getMessage(), e);
        }
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
