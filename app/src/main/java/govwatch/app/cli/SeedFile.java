package govwatch.app.cli;

import govwatch.crawler.seed.PortalSeed;
import govwatch.crawler.seed.SeedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the seed file a command is given, refusing a missing path or a folder with a sentence naming it. */
final class SeedFile {

    private SeedFile() {
    }

    /**
     * @param option the option that named the file ({@code --seeds}), or the argument label
     * @throws UsageError for a path that is not a file; {@code SeedFileException} (FILE:LINE: reason) for a bad file
     */
    static List<PortalSeed> load(String option, Path file) {
        if (Files.isDirectory(file)) {
            throw new UsageError(option + " " + file + " is a folder: give a seed file in it (see seeds/README.md)");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageError(option + " " + file + ": no such file (looked for " + file.toAbsolutePath().normalize()
                    + "); seed files are described in seeds/README.md");
        }
        return SeedFiles.load(file);
    }
}
