package govwatch.crawler.kafka;

import java.util.ArrayList;
import java.util.List;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompressionType;
import org.rocksdb.DBOptions;
import org.rocksdb.IndexType;
import org.rocksdb.LRUCache;
import org.rocksdb.WriteBufferManager;

/**
 * How the local crawl-state copy uses memory: one {@value #CACHE_BYTES}-byte LRU cache holds the data blocks, the
 * index and filter blocks, and is charged for the write buffers, so RocksDB's memory stays bounded whatever the
 * number of URLs (as in Kafka Streams' bounded-memory RocksDB setup). Owns the native objects it makes.
 */
final class RocksSettings implements AutoCloseable {
    static final long CACHE_BYTES = 32L * 1024 * 1024;

    private final List<AutoCloseable> resources = new ArrayList<>();
    final ColumnFamilyOptions family;
    final DBOptions db;

    RocksSettings() {
        // Index and filter blocks are partitioned and kept in the cache's high-priority half, so that random reads
        // of data blocks do not evict them (re-reading a whole index on each get costs milliseconds).
        LRUCache cache = keep(new LRUCache(CACHE_BYTES, -1, false, 0.5));
        BlockBasedTableConfig table = new BlockBasedTableConfig().setBlockCache(cache)
                .setCacheIndexAndFilterBlocks(true).setCacheIndexAndFilterBlocksWithHighPriority(true)
                .setPinTopLevelIndexAndFilter(true).setPinL0FilterAndIndexBlocksInCache(true)
                .setIndexType(IndexType.kTwoLevelIndexSearch).setPartitionFilters(true)
                .setFilterPolicy(keep(new BloomFilter(10, false)));
        this.family = keep(new ColumnFamilyOptions()).setTableFormatConfig(table)
                .setWriteBufferSize(8L * 1024 * 1024).setMaxWriteBufferNumber(2)
                .setCompressionType(CompressionType.LZ4_COMPRESSION);
        // Atomic flush: the records and the offsets they reach are flushed together (see LocalCrawlStore#bulkBatch).
        this.db = keep(new DBOptions()).setCreateIfMissing(true).setCreateMissingColumnFamilies(true)
                .setMaxOpenFiles(512).setAtomicFlush(true)
                .setWriteBufferManager(keep(new WriteBufferManager(CACHE_BYTES / 2, cache)));
    }

    private <T extends AutoCloseable> T keep(T resource) {
        resources.add(resource);
        return resource;
    }

    /** Frees the native objects, last made first. */
    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                throw new IllegalStateException("freeing the crawl state's RocksDB settings: " + e, e);
            }
        }
    }
}
