package govwatch.app;

import govwatch.app.broker.TopicSetup;
import govwatch.app.embedded.EmbeddedKafka;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-process broker with a stock broker's settings and govwatch's topics, for tests that run several streams
 * instances on it; what the test {@linkplain #open opens} on it is closed first, newest first.
 */
final class BrokerFixture implements AutoCloseable {

    private final EmbeddedKafka kafka;
    private final List<AutoCloseable> open = new ArrayList<>();

    private BrokerFixture(EmbeddedKafka kafka) {
        this.kafka = kafka;
    }

    /** A broker keeping its data in {@code dir}, its topics created. */
    static BrokerFixture start(Path dir) throws Exception {
        BrokerFixture fixture = new BrokerFixture(EmbeddedKafka.start(dir));
        TopicSetup.ensureTopics(fixture.bootstrap(), (short) 1);
        return fixture;
    }

    String bootstrap() {
        return kafka.bootstrapServers();
    }

    /** {@code resource}, to be closed with the broker (before it). */
    <T extends AutoCloseable> T open(T resource) {
        open.add(resource);
        return resource;
    }

    /** Forgets {@code resource}: the test closes it itself (an instance that goes away). */
    void forget(AutoCloseable resource) {
        open.remove(resource);
    }

    @Override
    public void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        kafka.close();
    }
}
