package govwatch.crawler.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.FlushOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The local copy of the compacted crawl-state topic, in RocksDB on disk: URL → the record's value bytes, and
 * beside them the topic's id and, per partition, the next offset whose record is not yet applied. Off the Java
 * heap whatever the number of URLs; RocksDB's own memory is bounded as {@link RocksSettings} says.
 *
 * <p>Thread-safe (RocksDB is). A directory is used by one process at a time (RocksDB's lock).
 */
final class LocalCrawlStore implements AutoCloseable {
    private static final byte[] OFFSETS = "offsets".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TOPIC_ID = "topic-id".getBytes(StandardCharsets.UTF_8);
    private static final String PARTITION = "partition-";
    /** Above every UTF-8 key: no UTF-8 string holds the byte 0xFF. */
    private static final byte[] END = {(byte) 0xFF};

    private final Path dir;
    private final RocksSettings settings;
    private final RocksDB db;
    private final ColumnFamilyHandle urls;
    private final ColumnFamilyHandle offsets;
    private final WriteOptions writes = new WriteOptions();
    private final WriteOptions bulkWrites = new WriteOptions().setDisableWAL(true);
    /** Read-held by every use, write-held by close: a RocksDB handle used after close would crash the JVM. */
    private final ReentrantReadWriteLock open = new ReentrantReadWriteLock();
    private boolean closed; // guarded by open

    private LocalCrawlStore(Path dir) throws RocksDBException {
        this.dir = dir;
        this.settings = new RocksSettings();
        List<ColumnFamilyHandle> handles = new ArrayList<>();
        try {
            this.db = RocksDB.open(settings.db, dir.toString(), List.of(
                    new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, settings.family),
                    new ColumnFamilyDescriptor(OFFSETS, settings.family)), handles);
        } catch (RocksDBException e) {
            settings.close();
            throw e;
        }
        this.urls = handles.get(0);
        this.offsets = handles.get(1);
    }

    /** Opens (or creates) the store in {@code dir}. */
    static LocalCrawlStore open(Path dir) {
        RocksDB.loadLibrary();
        try {
            Files.createDirectories(dir);
            return new LocalCrawlStore(dir);
        } catch (RocksDBException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new IllegalStateException("the crawl state in " + dir + " is in use by another process: stop it,"
                        + " or give this crawler a --data-dir of its own", e);
            }
            throw new IllegalStateException("cannot open the crawl state in " + dir + ": " + e.getMessage()
                    + " (delete the directory to restore it from the topic)", e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the crawl state directory " + dir + ": " + e, e);
        }
    }

    Path dir() {
        return dir;
    }

    /** The value bytes remembered for {@code url}, or null. */
    byte[] get(String url) {
        return guarded("read", () -> db.get(urls, key(url)));
    }

    /** Stores {@code value} for {@code url}, or deletes the URL when {@code value} is null. */
    void put(String url, byte[] value) {
        guarded("write", () -> {
            if (value == null) {
                db.delete(urls, writes, key(url));
            } else {
                db.put(urls, writes, key(url), value);
            }
            return null;
        });
    }

    /** A batch of topic records, applied at once with the partitions' next offsets. */
    final class Batch implements AutoCloseable {
        private final WriteBatch batch = new WriteBatch();
        private final WriteOptions how;

        private Batch(WriteOptions how) {
            this.how = how;
        }

        /** A record of the topic: a value, or a tombstone (null). */
        void record(String url, byte[] value) throws RocksDBException {
            if (value == null) {
                batch.delete(urls, key(url));
            } else {
                batch.put(urls, key(url), value);
            }
        }

        void nextOffset(int partition, long offset) throws RocksDBException {
            batch.put(offsets, key(PARTITION + partition), ByteBuffer.allocate(Long.BYTES).putLong(offset).array());
        }

        void write() {
            guarded("write", () -> {
                db.write(how, batch);
                return null;
            });
        }

        @Override
        public void close() {
            batch.close();
        }
    }

    Batch batch() {
        return new Batch(writes);
    }

    /**
     * A batch of a restore, written without the write-ahead log (twice as fast): a crash loses the unflushed
     * records and offsets together (the flush is atomic across both), so the next restore resumes from where the
     * copy truly is. {@link #flush} after the last.
     */
    Batch bulkBatch() {
        return new Batch(bulkWrites);
    }

    /** Writes what is in memory to disk, records and offsets together. */
    void flush() {
        guarded("flush", () -> {
            try (FlushOptions f = new FlushOptions().setWaitForFlush(true)) {
                db.flush(f, List.of(urls, offsets));
            }
            return null;
        });
    }

    /** Saves the next offset to read per partition. */
    void saveOffsets(Map<Integer, Long> next) {
        try (Batch b = batch()) {
            for (Map.Entry<Integer, Long> e : next.entrySet()) {
                b.nextOffset(e.getKey(), e.getValue());
            }
            b.write();
        } catch (RocksDBException e) {
            throw new IllegalStateException("crawl state write failed in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The next offset to read per partition, as saved; a partition never read is absent. */
    Map<Integer, Long> offsets() {
        return guarded("read", () -> {
            Map<Integer, Long> out = new HashMap<>();
            try (RocksIterator it = db.newIterator(offsets)) {
                byte[] prefix = key(PARTITION);
                for (it.seek(prefix); it.isValid() && startsWith(it.key(), prefix); it.next()) {
                    String k = new String(it.key(), StandardCharsets.UTF_8);
                    out.put(Integer.parseInt(k.substring(PARTITION.length())), ByteBuffer.wrap(it.value()).getLong());
                }
            }
            return out;
        });
    }

    /** The id of the topic this copy was read from, or null if none yet. */
    String topicId() {
        byte[] id = guarded("read", () -> db.get(offsets, TOPIC_ID));
        return id == null ? null : new String(id, StandardCharsets.UTF_8);
    }

    /** Forgets every URL and offset and records {@code topicId}: a copy to be restored from the beginning. */
    void reset(String topicId) {
        guarded("reset", () -> {
            db.deleteRange(urls, new byte[0], END);
            db.deleteRange(offsets, new byte[0], END);
            db.put(offsets, writes, TOPIC_ID, key(topicId));
            return null;
        });
    }

    /** The exact number of URLs, by reading every key: for tests and tools, not for the crawl's path. */
    int count() {
        return guarded("read", () -> {
            int n = 0;
            try (RocksIterator it = db.newIterator(urls)) {
                for (it.seekToFirst(); it.isValid(); it.next()) {
                    n++;
                }
            }
            return n;
        });
    }

    /** Closes the store; a second call does nothing, and any later use throws. */
    @Override
    public void close() {
        open.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                release();
            }
        } finally {
            open.writeLock().unlock();
        }
    }

    private void release() {
        urls.close();
        offsets.close();
        writes.close();
        bulkWrites.close();
        db.close();
        settings.close();
    }

    /** A use of RocksDB. */
    private interface Use<T> {
        T run() throws RocksDBException;
    }

    private <T> T guarded(String what, Use<T> use) {
        open.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the crawl state in " + dir + " is closed");
            }
            return use.run();
        } catch (RocksDBException e) {
            throw new IllegalStateException("crawl state " + what + " failed in " + dir + ": " + e.getMessage(), e);
        } finally {
            open.readLock().unlock();
        }
    }

    private static byte[] key(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
