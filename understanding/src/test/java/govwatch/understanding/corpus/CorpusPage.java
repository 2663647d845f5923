package govwatch.understanding.corpus;

import govwatch.understanding.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/** Loads a corpus page from test resources as bytes and decodes it like the crawler would. */
public final class CorpusPage {

    private CorpusPage() {
    }

    public static SourceDocument load(String file) {
        try (InputStream in = Objects.requireNonNull(CorpusPage.class.getResourceAsStream("/corpus/" + file), file)) {
            String body = PageDecoder.decode(in.readAllBytes());
            String type = file.endsWith(".html") ? "text/html" : "text/plain";
            return new SourceDocument("corpus:" + file, type, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
