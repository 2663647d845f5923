package govwatch.crawler;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link CrawlState} that lives as long as the process (every URL in heap): for tests and benchmarks. */
public final class InMemoryCrawlState implements CrawlState {
    private final Map<String, PageMemory> memory = new ConcurrentHashMap<>();
    private final int forgetGoneAfter;

    /** Forgets a URL after {@link CrawlState#FORGET_GONE_AFTER} gone answers in a row. */
    public InMemoryCrawlState() {
        this(FORGET_GONE_AFTER);
    }

    /** Forgets a URL after {@code forgetGoneAfter} 404/410 answers in a row. */
    public InMemoryCrawlState(int forgetGoneAfter) {
        this.forgetGoneAfter = forgetGoneAfter;
    }

    @Override
    public Optional<PageMemory> get(String url) {
        return Optional.ofNullable(memory.get(url));
    }

    @Override
    public void put(String url, PageMemory value) {
        if (value.gonePasses() >= forgetGoneAfter) {
            memory.remove(url);
        } else {
            memory.put(url, value);
        }
    }

    /** Forgets {@code url}. */
    public void remove(String url) {
        memory.remove(url);
    }

    /** How many URLs are remembered. */
    public int size() {
        return memory.size();
    }
}
