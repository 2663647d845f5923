package govwatch.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.events.Topics;
import govwatch.streams.GovwatchTopology;
import govwatch.streams.StreamsApp;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The topics the streams app's lag is measured on come from Kafka Streams' description of the topology. */
class StreamsLagTest {

    @Test
    void thePagesTopicComesFirstThenTheInternalTopicsUnderTheApplicationId() {
        List<String> topics = StreamsLag.sourceTopics(StreamsApp.APPLICATION_ID,
                GovwatchTopology.build(Pipeline.dependencies(new SimpleMeterRegistry(), false)).describe());

        assertThat(topics).first().isEqualTo(Topics.PAGES.name());
        assertThat(topics).hasSizeGreaterThan(1);
        assertThat(topics.subList(1, topics.size()))
                .allSatisfy(t -> assertThat(t).startsWith(StreamsApp.APPLICATION_ID + "-").endsWith("-repartition"));
    }
}
