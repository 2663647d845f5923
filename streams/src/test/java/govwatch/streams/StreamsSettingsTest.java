package govwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {

    private static final Path STATE = Path.of("state");

    /** What each consumer of the app gets, as Kafka Streams resolves prefixed and unprefixed settings. */
    private static Map<String, Object> consumer(Properties props) {
        return new StreamsConfig(props).getMainConsumerConfigs("group", "client", 0);
    }

    private static Map<String, Object> restoreConsumer(Properties props) {
        return new StreamsConfig(props).getRestoreConsumerConfigs("client");
    }

    @Test
    void membersHeartbeatOftenAndFetchesWaitLittleSoThatStartAndCloseAreQuick() {
        Properties props = StreamsSettings.of("localhost:9092", STATE, 1, Map.of(), Map.of());

        assertThat(consumer(props)).containsEntry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 500);
        assertThat(restoreConsumer(props)).containsEntry(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
        assertThat(consumer(props)).containsEntry(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
    }

    @Test
    void theCallersSettingsWinOverTheDefaults() {
        Properties props = StreamsSettings.of("localhost:9092", STATE, 1, Map.of(),
                Map.of(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 1000, StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50));

        assertThat(consumer(props)).containsEntry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 1000);
        assertThat(new StreamsConfig(props).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(50L);
    }

    @Test
    void exactlyOnceWithStateUnderTheGivenDir() {
        Properties props = StreamsSettings.of("localhost:9092", STATE, 3, Map.of(), Map.of());

        assertThat(props).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.STATE_DIR_CONFIG, STATE.toAbsolutePath().toString())
                .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, 3)
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, StreamsApp.APPLICATION_ID);
    }
}
