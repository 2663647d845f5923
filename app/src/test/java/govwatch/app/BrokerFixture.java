package govwatch.app;

import govwatch.app.broker.TopicSetup;
import govwatch.app.embedded.EmbeddedKafka;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension ({@code @RegisterExtension}): before each test an in-process broker with a stock broker's settings
 * and govwatch's topics, in a folder of its own; after it, what the test {@linkplain #open opened} on it is closed,
 * newest first, then the broker, and its folder is deleted.
 */
final class BrokerFixture implements BeforeEachCallback, AfterEachCallback {

    private final List<AutoCloseable> open = new ArrayList<>();
    private EmbeddedKafka kafka;
    private Path dir;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("govwatch-broker");
        kafka = EmbeddedKafka.start(dir);
        TopicSetup.ensureTopics(bootstrap(), (short) 1);
    }

    String bootstrap() {
        return kafka.bootstrapServers();
    }

    /** {@code resource}, to be closed after the test, before the broker. */
    <T extends AutoCloseable> T open(T resource) {
        open.add(resource);
        return resource;
    }

    /** Forgets {@code resource}: the test closes it itself (an instance that goes away). */
    void forget(AutoCloseable resource) {
        open.remove(resource);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            for (int i = open.size() - 1; i >= 0; i--) {
                open.get(i).close();
            }
        } finally {
            open.clear();
            kafka.close();
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
