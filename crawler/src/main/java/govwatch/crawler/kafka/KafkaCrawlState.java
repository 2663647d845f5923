package govwatch.crawler.kafka;

import govwatch.crawler.CrawlState;
import govwatch.crawler.PageMemory;
import govwatch.events.JsonSerde;
import govwatch.events.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawler's memory: a local RocksDB copy ({@link LocalCrawlStore}, off the heap) of the compacted topic
 * {@link Topics#CRAWL_STATE} (key: canonical URL, value: {@link PageMemory} JSON, at most a few hundred KB whatever
 * the page). {@link #open} brings the copy up to the topic's end — reading only the records after the offsets it
 * saved, or the whole topic when the copy is missing or is not of this topic — so the heap stays small whatever
 * the number of URLs. Each {@link #put} goes to the copy at once and to the topic through an idempotent producer;
 * a URL gone for {@code forgetGoneAfter} fetches in a row is deleted and tombstoned. So a restarted crawler
 * neither re-fetches everything nor re-publishes unchanged pages, on this machine or on a new one.
 *
 * <p>No cache in front of RocksDB: a read costs tens of microseconds (see the README's benchmarks) against milliseconds
 * to seconds for the fetch it decides on, and RocksDB's block cache keeps the hot blocks.
 */
public final class KafkaCrawlState implements CrawlState, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KafkaCrawlState.class);
    private static final JsonSerde<PageMemory> SERDE = JsonSerde.of(PageMemory.class);
    private static final long CHECKPOINT_NANOS = Duration.ofSeconds(30).toNanos();

    private final LocalCrawlStore store;
    private final Producer<String, byte[]> producer;
    private final int forgetGoneAfter;
    private final boolean deleteOnClose;
    private final OwnWrites ownWrites = new OwnWrites();
    private final Object[] stripes = new Object[64];
    private final AtomicLong writeFailures = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();
    private final AtomicLong lastCheckpoint = new AtomicLong(System.nanoTime());
    private boolean closed; // guarded by this
    private TopicRestore.Result restored = new TopicRestore.Result(true, 0, Map.of());

    KafkaCrawlState(LocalCrawlStore store, Producer<String, byte[]> producer, int forgetGoneAfter, boolean deleteOnClose) {
        this.store = store;
        this.producer = producer;
        this.forgetGoneAfter = forgetGoneAfter;
        this.deleteOnClose = deleteOnClose;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    /**
     * Opens the local copy in {@code dir} (created if missing), brings it up to the topic's end and returns the
     * state, ready for use. URLs gone {@link CrawlState#FORGET_GONE_AFTER} times in a row are forgotten.
     *
     * @throws IllegalStateException if {@code dir} is used by another process or cannot be opened (the message
     *                               names it)
     */
    public static KafkaCrawlState open(Map<String, Object> clientConfig, Path dir) {
        return open(clientConfig, dir, FORGET_GONE_AFTER, false);
    }

    /** Like {@link #open(Map, Path)} with a temporary local copy, deleted on close: the whole topic is read at every open. */
    public static KafkaCrawlState open(Map<String, Object> clientConfig) {
        try {
            return open(clientConfig, Files.createTempDirectory("govwatch-crawl-state-"), FORGET_GONE_AFTER, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary crawl state directory", e);
        }
    }

    static KafkaCrawlState open(Map<String, Object> clientConfig, Path dir, int forgetGoneAfter, boolean deleteOnClose) {
        LocalCrawlStore store = LocalCrawlStore.open(dir);
        KafkaCrawlState state;
        try {
            state = new KafkaCrawlState(store, CrawlStateClients.producer(clientConfig), forgetGoneAfter, deleteOnClose);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        try (Consumer<String, byte[]> consumer = CrawlStateClients.restoreConsumer(clientConfig)) {
            TopicPartitions.describe(clientConfig).ifPresentOrElse(
                    topic -> state.restore(consumer, topic.id(), topic.partitions()),
                    () -> log.warn("topic {} not found: the crawl state in {} is not backed up", Topics.CRAWL_STATE.name(), dir));
        } catch (RuntimeException e) {
            state.close();
            throw e;
        }
        return state;
    }

    /** Brings the local copy up to the end of the topic {@code topicId} (see {@link TopicRestore}). */
    void restore(Consumer<String, byte[]> consumer, String topicId, List<Integer> partitions) {
        long start = System.nanoTime();
        restored = TopicRestore.restore(consumer, store, topicId, partitions);
        restored.next().forEach(ownWrites::applied);
        log.info("crawl state in {}: {} records read from {} ({}) in {} ms", store.dir(), restored.records(),
                Topics.CRAWL_STATE.name(), restored.fromScratch() ? "from the beginning" : "the tail after the local copy",
                (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public Optional<PageMemory> get(String url) {
        byte[] value = store.get(url);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(SERDE.deserialize(Topics.CRAWL_STATE.name(), value));
        } catch (SerializationException e) {
            // An unreadable memory only costs a fetch: the URL is treated as new and its next put replaces it.
            unreadable.incrementAndGet();
            log.warn("unreadable crawl state for {} ignored: {}", url, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void put(String url, PageMemory memory) {
        byte[] value = memory.gonePasses() >= forgetGoneAfter ? null : SERDE.serialize(Topics.CRAWL_STATE.name(), memory);
        synchronized (stripes[Math.floorMod(url.hashCode(), stripes.length)]) { // the copy and the topic in one order
            store.put(url, value);
            producer.send(new ProducerRecord<>(Topics.CRAWL_STATE.name(), url, value), (meta, e) -> {
                if (e != null) {
                    // Only costs a re-fetch after the local copy is lost; counted and logged, the crawl goes on.
                    writeFailures.incrementAndGet();
                    log.error("crawl state for {} not written to {}: {}", url, Topics.CRAWL_STATE.name(), e.getMessage());
                } else {
                    ownWrites.acked(meta.partition(), meta.offset());
                }
            });
        }
        if (value == null) {
            log.info("forgot {}: gone (404/410) on {} fetches in a row", url, memory.gonePasses());
        }
        long last = lastCheckpoint.get();
        if (System.nanoTime() - last > CHECKPOINT_NANOS && lastCheckpoint.compareAndSet(last, System.nanoTime())) {
            store.saveOffsets(ownWrites.advance());
        }
    }

    /** URLs remembered, counted by reading every key of the local copy (for tests and tools). */
    public int size() {
        return store.count();
    }

    /** Whether the last open read the topic from its beginning (no usable local copy) rather than its tail. */
    public boolean restoredFromScratch() {
        return restored.fromScratch();
    }

    /** Records read from the topic by the last open. */
    public long recordsRestored() {
        return restored.records();
    }

    /** State records that could not be written (each costs one re-fetch after the local copy is lost). */
    public long writeFailures() {
        return writeFailures.get();
    }

    /** Memories in the local copy that could not be read (each cost one fetch). */
    public long unreadable() {
        return unreadable.get();
    }

    /** Flushes pending writes, saves how far the local copy is up to date, closes the producer and the copy; once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            producer.flush();
            store.saveOffsets(ownWrites.advance());
            producer.close(Duration.ofSeconds(30));
        } finally {
            store.close();
            if (deleteOnClose) {
                deleteTree(store.dir());
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("cannot remove the temporary crawl state {}: {}", dir, e.toString());
        }
    }
}
