package govwatch.app.cli;

import govwatch.app.pipeline.StopSignal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code govwatch run}: crawl the portals of a seed file and process them, once or continuously. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Crawl the portals in a seed file and process them; print alerts as JSON lines.",
        footer = {"", "Exit codes with --once: 0 every portal crawled without error, 3 some portals had errors "
                + "(named on stderr), 1 error, 2 bad command line, 130 stopped."})
final class RunCommand implements Callable<Integer> {

    @Option(names = "--seeds", paramLabel = "FILE", required = true, description = "Seed file (seeds/*.yaml).")
    Path seeds;

    @Option(names = "--once", description = "Crawl once, wait until every page is processed, print the alerts, exit.")
    boolean once;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    TopicOptions topics;

    @Mixin
    PipelineOptions pipeline;

    @Override
    public Integer call() throws Exception {
        var portals = SeedFile.load("--seeds", seeds); // refuses a bad seed file before anything starts
        StopSignal stop = StopSignal.onShutdown();
        try {
            return PipelineRun.run("run", portals, once, kafka.bootstrap, kafka.dataDir, topics.replication(), pipeline,
                    stop);
        } finally {
            stop.stopped();
        }
    }
}
