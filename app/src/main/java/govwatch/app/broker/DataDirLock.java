package govwatch.app.broker;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * An exclusive claim on a data dir by this process: whoever runs the in-process broker or a streams app's state there
 * holds it, so a second govwatch process on the same dir stops at once with a sentence instead of failing deep inside
 * Kafka. An operating-system file lock ({@code DIR/govwatch.lock}): a killed process leaves no stale claim. Within
 * one process the claim is counted, so the broker and the streams app of one {@code run} share it.
 */
public final class DataDirLock implements AutoCloseable {

    static final String FILE = "govwatch.lock";
    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path dir;
    private boolean closed;

    private DataDirLock(Path dir) {
        this.dir = dir;
    }

    private record Held(FileChannel channel, FileLock lock, int[] count) {
    }

    /**
     * Claims {@code dir} (created if missing) for this process.
     *
     * @throws IllegalStateException naming the dir and the process that holds it, if another process does
     */
    public static DataDirLock acquire(Path dir) throws IOException {
        Path key = dir.toAbsolutePath().normalize();
        synchronized (HELD) {
            Held held = HELD.get(key);
            if (held != null) {
                held.count()[0]++;
                return new DataDirLock(key);
            }
            Files.createDirectories(key);
            Path file = key.resolve(FILE);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("data dir " + key + " is in use by another govwatch process ("
                        + owner(file) + "): stop that one first, or give this one another --data-dir");
            }
            channel.truncate(0);
            String command = ProcessHandle.current().info().commandLine().map(DataDirLock::shorten).orElse("govwatch");
            channel.write(StandardCharsets.UTF_8.encode("pid " + ProcessHandle.current().pid() + ": " + command + "\n"));
            channel.force(false);
            HELD.put(key, new Held(channel, lock, new int[] {1}));
            return new DataDirLock(key);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            if (closed) {
                return;
            }
            closed = true;
            Held held = HELD.get(dir);
            if (--held.count()[0] == 0) {
                HELD.remove(dir);
                held.lock().release();
                held.channel().close();
            }
        }
    }

    private static String owner(Path file) {
        try {
            String text = Files.readString(file).strip();
            return text.isEmpty() ? "starting up" : text;
        } catch (IOException e) {
            return "owner unknown";
        }
    }

    /** The govwatch part of a java command line: {@code java ... govwatch.app.cli.Main run --seeds x} → {@code govwatch run
     *  --seeds x}. */
    private static String shorten(String commandLine) {
        int main = commandLine.indexOf("govwatch.app.cli.Main");
        String args = main < 0 ? commandLine : commandLine.substring(main + "govwatch.app.cli.Main".length()).strip();
        return "govwatch " + (args.length() > 80 ? args.substring(0, 80) + " …" : args);
    }
}
