package govwatch.bench.run;

import govwatch.app.broker.TopicSetup;
import govwatch.app.pipeline.Pipeline;
import govwatch.streams.StreamsApp;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Streams instances beside the pipeline's own ({@code --instances}): each joins the same group on the same broker with
 * its own state dir, as a second {@code govwatch streams} would, so the partitions' tasks are shared among them. They
 * run in the bench's process, so its CPU figures include them.
 */
final class ExtraInstances implements AutoCloseable {

    private final List<StreamsApp> apps = new ArrayList<>();

    /** Starts {@code count} instances (none for 0); the topics are created first, as the pipeline would. */
    ExtraInstances(int count, String bootstrap, Path stateDirs) throws Exception {
        if (count <= 0) {
            return;
        }
        TopicSetup.ensureTopics(bootstrap, (short) 1);
        for (int i = 1; i <= count; i++) {
            StreamsApp app = new StreamsApp(Pipeline.dependencies(new SimpleMeterRegistry(), false), bootstrap,
                    stateDirs.resolve("instance-" + i), 1,
                    Map.of("session.timeout.ms", 10_000, "heartbeat.interval.ms", 2_000)); // as Pipeline on its broker
            apps.add(app);
            app.start();
        }
    }

    @Override
    public void close() {
        apps.forEach(StreamsApp::close);
    }
}
