package govwatch.app.broker;

import govwatch.app.embedded.EmbeddedKafka;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka cluster govwatch talks to: an existing one ({@code --bootstrap}) or the in-process broker whose
 * data lives under the data dir. Either way the govwatch topics exist once this is open.
 */
public final class Cluster implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Cluster.class);

    private final String bootstrap;
    private final short replication;
    private final EmbeddedKafka embedded;

    private Cluster(String bootstrap, short replication, EmbeddedKafka embedded) {
        this.bootstrap = bootstrap;
        this.replication = replication;
        this.embedded = embedded;
    }

    /**
     * @param bootstrap   an existing cluster, or null for the in-process broker
     * @param dataDir     where the in-process broker keeps its log dir
     * @param replication replication factor for topics on an existing cluster
     */
    public static Cluster open(String bootstrap, Path dataDir, short replication) throws Exception {
        Cluster cluster;
        String running = bootstrap == null || bootstrap.isBlank() ? EmbeddedKafka.runningIn(dataDir) : null;
        if (running != null) {
            // Another govwatch process owns this data dir's broker (e.g. `run` while `alerts` follows): share it.
            log.info("using the in-process broker of another govwatch process at {}", running);
            cluster = new Cluster(running, (short) 1, null);
        } else if (bootstrap == null || bootstrap.isBlank()) {
            log.info("starting the in-process Kafka broker in {}", dataDir);
            EmbeddedKafka kafka = EmbeddedKafka.start(dataDir);
            cluster = new Cluster(kafka.bootstrapServers(), (short) 1, kafka);
        } else {
            cluster = new Cluster(bootstrap, replication, null);
        }
        try {
            TopicSetup.ensureTopics(cluster.bootstrap, cluster.replication);
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    public String bootstrap() {
        return bootstrap;
    }

    public short replication() {
        return replication;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
