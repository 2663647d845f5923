package govwatch.understanding.corpus;

import govwatch.understanding.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Loads a corpus page as bytes and decodes it like the crawler would. A name starting with {@code demo-portal/} is a
 * page of the repository's demo portal ({@code ../seeds/demo-portal/zwgk/zfgzbg/}, read from the working directory,
 * which is the module folder under Maven) so the corpus does not keep copies of it; any other name is a test
 * resource under {@code /corpus/}.
 */
public final class CorpusPage {

    /** Where the demo portal's report pages live, relative to the module folder. */
    static final Path DEMO_PORTAL = Path.of("..", "seeds", "demo-portal", "zwgk", "zfgzbg");
    private static final String DEMO_PREFIX = "demo-portal/";

    private CorpusPage() {
    }

    public static SourceDocument load(String file) {
        String type = file.endsWith(".html") ? "text/html" : "text/plain";
        return new SourceDocument("corpus:" + file, type, PageDecoder.decode(bytes(file)));
    }

    /** The raw bytes of a corpus page. */
    public static byte[] bytes(String file) {
        try {
            if (file.startsWith(DEMO_PREFIX)) {
                return Files.readAllBytes(demoPage(file.substring(DEMO_PREFIX.length())));
            }
            try (InputStream in = Objects.requireNonNull(CorpusPage.class.getResourceAsStream("/corpus/" + file), file)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo portal publishes t20230422_1005.html under its month folder 202304/. */
    private static Path demoPage(String name) {
        return DEMO_PORTAL.resolve(name.substring(1, 7)).resolve(name);
    }
}
