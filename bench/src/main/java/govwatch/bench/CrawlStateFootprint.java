package govwatch.bench;

import govwatch.crawler.InMemoryCrawlState;
import govwatch.crawler.PageMemory;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The heap taken by N remembered URLs (default 10,000) held in heap, as {@link InMemoryCrawlState} (tests) and the
 * Kafka-backed crawl state before its RocksDB copy held them (see {@link CrawlStateStartup} for the state the
 * crawler uses now): heap used
 * after a full GC, before and after filling it, median of several rounds. Each entry is what an article page leaves
 * behind: its URL, an ETag, a Last-Modified, a SHA-256 hex hash, two instants and two links; every string distinct
 * (as after a restart, nothing shared with literals). Not a JMH benchmark: JMH measures time, this is a size.
 * Run: {@code java -cp bench/target/benchmarks.jar govwatch.bench.CrawlStateFootprint [N]}.
 */
public final class CrawlStateFootprint {
    private static final int ROUNDS = 5;

    private CrawlStateFootprint() {
    }

    public static void main(String[] args) {
        int urls = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long[] bytes = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long before = usedAfterGc();
            InMemoryCrawlState state = fill(urls);
            bytes[r] = usedAfterGc() - before;
            if (state.size() != urls) {
                throw new IllegalStateException("remembered " + state.size() + " of " + urls);
            }
            Reference.reachabilityFence(state);
        }
        Arrays.sort(bytes);
        long median = bytes[ROUNDS / 2];
        System.out.printf("crawl state (InMemoryCrawlState) for %,d URLs: %.2f MB of heap, %,d bytes per URL"
                        + " (median of %d rounds, min %.2f MB, max %.2f MB; %s, max heap %d MB)%n",
                urls, median / 1048576.0, median / urls, ROUNDS, bytes[0] / 1048576.0, bytes[ROUNDS - 1] / 1048576.0,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1048576);
    }

    static InMemoryCrawlState fill(int urls) {
        InMemoryCrawlState state = new InMemoryCrawlState();
        Instant now = Instant.parse("2024-03-01T08:00:00Z");
        for (int i = 0; i < urls; i++) {
            String url = "http://www.example.gov.cn/zwgk/zfgzbg/2024" + (i % 12) + "/t2024010" + i + "_" + (100000 + i) + ".html";
            state.put(url, new PageMemory("\"65a1b2c3-" + i + "\"", "Thu, 04 Jan 2024 02:12:" + (i % 60) + " GMT",
                    String.format("%064x", 0x9f86d081884c7d65L * (i + 1)), now.plusSeconds(i), now.plusSeconds(86400 + i),
                    List.of(new String("http://www.example.gov.cn/zwgk/zfgzbg/index.html"),
                            "http://www.example.gov.cn/zwgk/zfgzbg/2024/x" + i + ".pdf")));
        }
        return state;
    }

    static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
