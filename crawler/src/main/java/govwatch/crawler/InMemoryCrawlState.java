package govwatch.crawler;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link CrawlState} that lives as long as the process: for tests, and the cache of the Kafka-backed state. */
public final class InMemoryCrawlState implements CrawlState {
    private final Map<String, PageMemory> memory = new ConcurrentHashMap<>();

    @Override
    public Optional<PageMemory> get(String url) {
        return Optional.ofNullable(memory.get(url));
    }

    @Override
    public void put(String url, PageMemory value) {
        memory.put(url, value);
    }

    /** Forgets {@code url} (a tombstone in the Kafka-backed state). */
    public void remove(String url) {
        memory.remove(url);
    }

    /** How many URLs are remembered. */
    public int size() {
        return memory.size();
    }
}
