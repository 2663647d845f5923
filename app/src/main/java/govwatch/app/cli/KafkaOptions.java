package govwatch.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where Kafka is: an existing cluster, or the in-process broker under a data dir (run, crawl, streams, alerts). */
final class KafkaOptions {

    @Option(names = "--bootstrap", paramLabel = "HOSTS",
            description = "Kafka bootstrap servers of an existing cluster; without it the in-process broker runs.")
    String bootstrap;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the in-process broker, the streams state and the crawler's memory live (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of(System.getProperty("user.home"), ".govwatch", "data");
}
