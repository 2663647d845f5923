package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import govwatch.app.embedded.EmbeddedKafka;
import govwatch.app.broker.TopicSetup;
import govwatch.events.Topic;
import govwatch.events.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * govwatch needs no broker setting: the in-process broker runs with a stock broker's record limit, and the topics
 * govwatch writes large records to carry their own, also when they were created before (by an older govwatch, by
 * hand, or by Kafka Streams).
 */
class TopicSetupTest {

    private static final String OLD_CHANGELOG = "govwatch-streams-reports-store-changelog";

    @TempDir
    Path work;

    @Test
    void topicsCarryTheirOwnLimitsOnABrokerWithStockLimits() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(work.resolve("broker"));
             Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, "1");
            assertThat(configs(admin, broker).get("message.max.bytes").value())
                    .isEqualTo(Integer.toString(Topic.STOCK_MAX_MESSAGE_BYTES));
            // Created before, without govwatch's settings:
            admin.createTopics(List.of(new NewTopic(Topics.REPORTS.name(), 3, (short) 1),
                    new NewTopic(OLD_CHANGELOG, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);

            TopicSetup.ensureTopics(kafka.bootstrapServers(), (short) 1);

            // Settings reach the broker's view a moment after they are accepted.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Config reports = configs(admin, new ConfigResource(ConfigResource.Type.TOPIC, Topics.REPORTS.name()));
                assertThat(reports.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
                assertThat(reports.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value())
                        .isEqualTo(Integer.toString(Topics.MAX_RECORD_BYTES));
                Config pages = configs(admin, new ConfigResource(ConfigResource.Type.TOPIC, Topics.PAGES.name()));
                assertThat(pages.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value())
                        .isEqualTo(Integer.toString(Topics.MAX_RECORD_BYTES));
                Config changelog = configs(admin, new ConfigResource(ConfigResource.Type.TOPIC, OLD_CHANGELOG));
                assertThat(changelog.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value())
                        .isEqualTo(Integer.toString(Topics.MAX_RECORD_BYTES));
            });
        }
    }

    private static Config configs(Admin admin, ConfigResource resource) throws Exception {
        return admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
    }
}
