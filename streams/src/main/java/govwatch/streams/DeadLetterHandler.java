package govwatch.streams;

import govwatch.events.DeadLetter;
import govwatch.events.JsonSerde;
import govwatch.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Kafka Streams' three exception handlers in one: a record that cannot be deserialized, that fails in a processor
 * (validation, analysis, comparison) or that cannot be serialized for a sink becomes a dead letter on
 * {@link Topics#PAGES_DLQ}, written in the same transaction as the task's other output, and processing resumes.
 * Configured by {@link GovwatchTopology#settings}; the {@link DeadLetters} to use travel in the config under
 * {@link #DEAD_LETTERS}.
 *
 * <p>A record the producer or the broker refuses after serialization cannot be rescued inside an exactly-once
 * transaction (the producer aborts it); that is why every value serde checks the record size itself
 * ({@link JsonSerde#limitedTo}), so an oversized record fails here, at serialization, and is dead-lettered.
 */
public final class DeadLetterHandler
        implements DeserializationExceptionHandler, ProcessingExceptionHandler, ProductionExceptionHandler {

    /** Config key of the {@link DeadLetters} instance. */
    public static final String DEAD_LETTERS = "govwatch.dead-letters";

    private DeadLetters letters;
    private boolean exactlyOnce;

    @Override
    public void configure(Map<String, ?> configs) {
        Object given = configs.get(DEAD_LETTERS);
        letters = given instanceof DeadLetters d ? d
                : new DeadLetters(Clock.systemUTC(), new StreamsMetrics(new SimpleMeterRegistry()));
        exactlyOnce = String.valueOf(configs.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).startsWith("exactly_once");
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                                ConsumerRecord<byte[], byte[]> record, Exception e) {
        String what = record.topic().equals(Topics.PAGES.name()) ? "unreadable page record"
                : "unreadable record on " + record.topic();
        String url = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        return DeserializationExceptionHandler.Response.resume(List.of(letters.letter(DeadLetter.DESERIALIZATION,
                what + ": " + e.getMessage(), e, context, url, record.value())));
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                                                           Exception e) {
        String stage = GovwatchTopology.stageOf(context.processorNodeId());
        return ProcessingExceptionHandler.Response.resume(List.of(letters.letter(stage,
                stage + " failed in " + context.processorNodeId() + ": " + e, e, context,
                DeadLetters.sourceUrlOf(record.value()), null)));
    }

    @Override
    public ProductionExceptionHandler.Response handleSerializationError(ErrorHandlerContext context,
                                                                        ProducerRecord record, Exception e,
                                                                        SerializationExceptionOrigin origin) {
        return ProductionExceptionHandler.Response.resume(List.of(letters.letter(DeadLetter.PRODUCTION,
                "cannot write the " + origin.name().toLowerCase() + " of a record for " + record.topic() + ": " + e,
                e, context, DeadLetters.sourceUrlOf(record.value()), bytesOf(record.value()))));
    }

    @Override
    public ProductionExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                           ProducerRecord<byte[], byte[]> record, Exception e) {
        if (exactlyOnce) {
            // The producer has already aborted the transaction: the task re-runs from its last commit, and a dead
            // letter sent now would fail with it. Serialization-time size checks keep this for transient errors.
            letters.refused(record.topic(), e);
            return ProductionExceptionHandler.Response.resume();
        }
        return ProductionExceptionHandler.Response.resume(List.of(letters.letter(DeadLetter.PRODUCTION,
                "the broker refused a record for " + record.topic() + ": " + e, e, context, null, record.value())));
    }

    /** The value as JSON bytes, for a dead letter of a record that could not be serialized by its own serde. */
    private static byte[] bytesOf(Object value) {
        if (value == null || value instanceof byte[]) {
            return (byte[]) value;
        }
        try {
            return JsonSerde.MAPPER.writeValueAsBytes(value);
        } catch (Exception unwritable) {
            return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
        }
    }
}
