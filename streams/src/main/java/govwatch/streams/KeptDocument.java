package govwatch.streams;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The document a report was read from, kept gzip-compressed so that a later extractor can read it again. It travels
 * through the repartition topic and lives in the store's changelog, so it is bounded: a document that compresses
 * to more than {@link #MAX_BYTES} is not kept (its report re-baselines quietly on an upgrade).
 */
final class KeptDocument {

    /**
     * The most compressed bytes kept per report, so records stay under 1 MB: raw bytes in the Smile the store and the
     * repartition topic are written in now, about 680 KB as the base64 of the JSON an older version wrote.
     */
    static final int MAX_BYTES = 512 * 1024;

    private KeptDocument() {
    }

    /** The body compressed, or null when there is none or it is too large to keep. */
    static byte[] keep(String body) {
        if (body == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.min(body.length(), MAX_BYTES));
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 65_536) {
            {
                def.setLevel(Deflater.BEST_SPEED); // twice as fast as the best for 5-8% more bytes, on every report
            }
        }) {
            byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
            for (int at = 0; at < utf8.length && bytes.size() <= MAX_BYTES; at += 65_536) {
                gzip.write(utf8, at, Math.min(65_536, utf8.length - at)); // stop early once over the cap
            }
            gzip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress a document in memory", e);
        }
        return bytes.size() <= MAX_BYTES ? bytes.toByteArray() : null;
    }

    /** The body kept by {@link #keep}. */
    static String read(byte[] kept) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(kept))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("a kept document is not valid gzip: " + e.getMessage(), e);
        }
    }
}
