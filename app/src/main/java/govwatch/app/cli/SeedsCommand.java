package govwatch.app.cli;

import govwatch.crawler.seed.PortalSeed;
import govwatch.crawler.seed.SeedFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code govwatch seeds}: work with seed files without crawling. */
@Command(name = "seeds", mixinStandardHelpOptions = true, description = "Work with seed files without crawling.",
        subcommands = SeedsCommand.Check.class)
final class SeedsCommand implements Runnable {

    @Override
    public void run() {
        throw new UsageError("say what to do with seed files, e.g. govwatch seeds check FILE");
    }

    /** {@code govwatch seeds check FILE...}: validates seed files as {@code run} would, fetching nothing. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check seed files as run and crawl read them, without fetching anything: each portal on a "
                    + "line when the file is good, FILE:LINE: reason when it is not.",
            footer = {"", "Exit codes: 0 every file is good, 1 some file is not."})
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Seed files (seeds/*.yaml).")
        List<Path> files;

        @Override
        public Integer call() {
            int bad = 0;
            for (Path file : files) {
                try {
                    List<PortalSeed> portals = SeedFile.load("seed file", file);
                    System.out.printf("%s: ok, %d portal(s)%n", file, portals.size());
                    for (PortalSeed p : portals) {
                        System.out.printf("  %s  %s%n    start  %s%n    allow  %s%n    maxDepth %d, recrawl %s%s, delay %s%s%n",
                                p.id(), p.name(), String.join(" ", p.startUrls()), String.join(" ", p.allowedPrefixes()),
                                p.maxDepth(), human(p.recrawlInterval()),
                                p.articleRecheck() == null ? "" : ", articles " + human(p.articleRecheck()),
                                human(p.politenessDelay()),
                                p.serveDir() == null ? "" : ", serves " + p.serveDir());
                    }
                } catch (SeedFileException | UsageError e) {
                    System.err.println(e.getMessage());
                    bad++;
                }
            }
            return bad == 0 ? ExitCodes.OK : ExitCodes.ERROR;
        }

        /** A duration as the seed file writes it: {@code 1h30m}, {@code 0s}, {@code 500ms}. */
        static String human(Duration d) {
            if (d.isZero()) {
                return "0s";
            }
            if (d.toMillis() < 1000) {
                return d.toMillis() + "ms";
            }
            return d.toString().substring(2).toLowerCase(java.util.Locale.ROOT); // PT1H30M → 1h30m
        }
    }
}
