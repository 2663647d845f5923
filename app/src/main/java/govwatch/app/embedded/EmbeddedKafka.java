package govwatch.app.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker + controller) running inside this JVM, bound to
 * 127.0.0.1, with a stock broker's limits (no broker-wide {@code message.max.bytes}: the topics that need larger
 * records are created with their own, as on any production cluster). Its log dir lives under the given directory and is formatted only the first time, so a second
 * start on the same directory finds the topics, offsets and state of the first.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String CONTROLLER = "CONTROLLER";
    private static final String ADDRESS_FILE = "broker-address";

    private final KafkaRaftServer server;
    private final String bootstrap;
    private final Path addressFile;

    private EmbeddedKafka(KafkaRaftServer server, String bootstrap, Path addressFile) {
        this.server = server;
        this.bootstrap = bootstrap;
        this.addressFile = addressFile;
    }

    /**
     * The address of a broker that another process runs on {@code dir} right now, or null. The owner writes
     * its address next to the log dir while it runs; an address left behind by a killed process is ignored
     * because nothing answers there.
     */
    public static String runningIn(Path dir) {
        Path file = dir.resolve(ADDRESS_FILE);
        try {
            if (!Files.exists(file)) {
                return null;
            }
            String address = Files.readString(file).strip();
            int colon = address.lastIndexOf(':');
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address.substring(0, colon),
                        Integer.parseInt(address.substring(colon + 1))), 1000);
            }
            return address;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Formats {@code dir} if new, starts the broker, and returns once it accepts connections. */
    public static EmbeddedKafka start(Path dir) throws Exception {
        Path logDir = dir.resolve("kafka-logs").toAbsolutePath();
        Files.createDirectories(logDir);
        int[] ports = freePorts(2);
        int brokerPort = ports[0];
        int controllerPort = ports[1];
        KafkaConfig config = new KafkaConfig(properties(logDir, brokerPort, controllerPort));
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(logDir);
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown(); // release the log dir lock and threads of a half-started broker
            throw e;
        }
        String bootstrap = "127.0.0.1:" + brokerPort;
        Path addressFile = dir.resolve(ADDRESS_FILE);
        Files.writeString(addressFile, bootstrap);
        log.info("embedded Kafka broker at {} with data in {}", bootstrap, logDir);
        return new EmbeddedKafka(server, bootstrap, addressFile);
    }

    public String bootstrapServers() {
        return bootstrap;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(addressFile);
        } catch (IOException e) {
            log.warn("cannot remove {}: {}", addressFile, e.toString());
        }
        server.shutdown();
        server.awaitShutdown();
    }

    private static void format(Path logDir) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(1)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName(CONTROLLER)
                .setMetadataLogDirectory(logDir.toString())
                .setDirectories(List.of(logDir.toString()))
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
    }

    private static Properties properties(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("metadata.log.dir", logDir.toString());
        p.put("num.partitions", "3");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // The 128 MB default dedupe buffer would be taken from the heap at start.
        p.put("log.cleaner.dedupe.buffer.size", "16777216");
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    /** Distinct free loopback ports: the sockets stay open until all are chosen, so the OS cannot hand one out twice. */
    private static int[] freePorts(int n) throws IOException {
        ServerSocket[] sockets = new ServerSocket[n];
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                sockets[i] = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : sockets) {
                if (s != null) {
                    s.close();
                }
            }
        }
    }
}
