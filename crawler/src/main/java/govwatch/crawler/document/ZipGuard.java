package govwatch.crawler.document;

import govwatch.crawler.fetch.CountingInput;

import govwatch.crawler.fetch.FetchFailure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks inside a zip container (.docx, .wps as OOXML) before any parser does: inflates every entry into a small
 * buffer and counts, so that what the central directory claims does not matter. Refuses a container whose
 * entries expand past {@code maxExpandedBytes} in total, or any entry that expands more than {@code maxRatio}
 * times its compressed size once it is past {@link #RATIO_FLOOR} bytes (a 1.5 MB zip bomb of 1 GiB is refused
 * after about 1 MiB of inflating). Costs one pass of inflating, bounded by the limit; memory is one buffer.
 */
final class ZipGuard {
    /** Entries smaller than this are never refused for their ratio (tiny XML parts compress very well). */
    static final long RATIO_FLOOR = 1024 * 1024;

    private ZipGuard() {
    }

    /** Whether {@code body} starts like a zip archive (local file header). */
    static boolean isZip(byte[] body) {
        return body.length >= 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;
    }

    /** Throws {@code EXTRACT} naming the entry when the archive is a bomb (or unreadable as a zip). */
    static void check(byte[] body, long maxExpandedBytes, int maxRatio) throws FetchFailure {
        CountingInput raw = new CountingInput(new ByteArrayInputStream(body));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                long rawAtStart = raw.count();
                long expanded = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    expanded += n;
                    total += n;
                    if (total > maxExpandedBytes) {
                        throw bomb(entry, "the archive expands to more than " + maxExpandedBytes + " bytes");
                    }
                    // raw.count runs ahead of the entry by at most ZipInputStream's buffer: the ratio is an underestimate.
                    long compressed = Math.max(1, raw.count() - rawAtStart);
                    if (expanded > RATIO_FLOOR && expanded / compressed > maxRatio) {
                        throw bomb(entry, "it expands more than " + maxRatio + " times its compressed size");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchFailure(FetchFailure.Kind.EXTRACT, "unreadable zip container: " + e.getMessage(), e);
        }
    }

    private static FetchFailure bomb(ZipEntry entry, String why) {
        return new FetchFailure(FetchFailure.Kind.EXTRACT, "refused as a zip bomb: entry " + entry.getName() + ": " + why);
    }
}
