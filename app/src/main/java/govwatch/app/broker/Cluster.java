package govwatch.app.broker;

import govwatch.app.embedded.EmbeddedKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka cluster govwatch talks to: an existing one ({@code --bootstrap}) or the in-process broker whose
 * data lives under the data dir. The process that starts the in-process broker holds the data dir's
 * {@link DataDirLock} until it closes.
 */
public final class Cluster implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Cluster.class);
    /** A class only the broker jars have: absent from a production installation (lib/ without lib-embedded/). */
    private static final String BROKER_CLASS = "kafka.server.KafkaRaftServer";

    private final String bootstrap;
    private final short replication;
    private final AutoCloseable embedded;
    private final DataDirLock lock;

    private Cluster(String bootstrap, short replication, AutoCloseable embedded, DataDirLock lock) {
        this.bootstrap = bootstrap;
        this.replication = replication;
        this.embedded = embedded;
        this.lock = lock;
    }

    /**
     * Opens the cluster and creates the govwatch topics that are missing.
     *
     * @param bootstrap   an existing cluster, or null for the in-process broker
     * @param dataDir     where the in-process broker keeps its log dir
     * @param replication replication factor for topics on an existing cluster
     */
    public static Cluster open(String bootstrap, Path dataDir, short replication) throws Exception {
        Cluster cluster = connect(bootstrap, dataDir, replication);
        try {
            TopicSetup.ensureTopics(cluster.bootstrap, cluster.replication);
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /**
     * Opens a cluster the pipeline has already used, for a reader ({@code alerts}): nothing is formatted or created.
     *
     * @throws IllegalStateException saying what to run first, when there is no govwatch data there
     */
    public static Cluster existing(String bootstrap, Path dataDir) throws Exception {
        boolean embedded = bootstrap == null || bootstrap.isBlank();
        if (embedded && EmbeddedKafka.runningIn(dataDir) == null
                && !Files.exists(dataDir.resolve("kafka-logs").resolve("meta.properties"))) {
            throw new IllegalStateException("no govwatch data in " + dataDir.toAbsolutePath()
                    + ": nothing has run there yet. Start the pipeline first (govwatch run --seeds FILE --data-dir "
                    + dataDir + "), or give --bootstrap HOSTS of a cluster it runs on");
        }
        Cluster cluster = connect(bootstrap, dataDir, (short) 1);
        try {
            TopicSetup.requireTopics(cluster.bootstrap, embedded ? "the data dir " + dataDir : cluster.bootstrap);
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private static Cluster connect(String bootstrap, Path dataDir, short replication) throws Exception {
        if (bootstrap != null && !bootstrap.isBlank()) {
            return new Cluster(bootstrap, replication, null, null);
        }
        String running = EmbeddedKafka.runningIn(dataDir);
        if (running != null) {
            // Another govwatch process owns this data dir's broker (e.g. `run` while `alerts` follows): share it.
            log.info("using the in-process broker of another govwatch process at {}", running);
            return new Cluster(running, (short) 1, null, null);
        }
        requireBrokerJars();
        DataDirLock lock = DataDirLock.acquire(dataDir);
        try {
            log.info("starting the in-process Kafka broker in {}", dataDir);
            EmbeddedKafka kafka = EmbeddedKafka.start(dataDir);
            return new Cluster(kafka.bootstrapServers(), (short) 1, kafka, lock);
        } catch (Exception | Error e) {
            lock.close();
            throw e;
        }
    }

    private static void requireBrokerJars() {
        try {
            Class.forName(BROKER_CLASS, false, Cluster.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("this installation has no in-process Kafka broker (a production runtime "
                    + "carries only the Kafka clients): give run, crawl, streams, alerts, export or coverage "
                    + "--bootstrap HOSTS of your Kafka cluster; demo needs the full build (./govwatch from a checkout)");
        }
    }

    public String bootstrap() {
        return bootstrap;
    }

    public short replication() {
        return replication;
    }

    @Override
    public void close() throws Exception {
        try {
            if (embedded != null) {
                embedded.close();
            }
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
