package govwatch.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.events.PageEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@link PendingPages} keeps per URL: nothing once the URL's batch is flushed, so a pass's heap is not O(pages). */
class PendingPagesTest {

    @Test
    void keepsNothingPerUrlOnceItsBatchIsCommitted() {
        RefusingSink sink = new RefusingSink();
        InMemoryCrawlState state = new InMemoryCrawlState();
        PendingPages pending = new PendingPages(sink, state, 10);
        List<String> refusals = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String url = "http://portal.test/a/" + i + ".html";
            if (i == 7) {
                sink.refuse(url);
            }
            if (pending.publish(url, "p", page(url), memory())) {
                pending.flushAndCommit((u, portal, why) -> refusals.add(portal + " " + u));
            }
        }
        pending.flushAndCommit((u, portal, why) -> refusals.add(portal + " " + u));

        assertThat(refusals).containsExactly("p http://portal.test/a/7.html");
        assertThat(state.get("http://portal.test/a/7.html")).isEmpty();
        assertThat(state.get("http://portal.test/a/24.html")).isPresent();
        assertThat(pending.tracked()).as("URLs still held after every batch was committed").isZero();
    }

    private static PageEvent page(String url) {
        return new PageEvent(url, url, "p", Instant.EPOCH, 200, "text/html", "UTF-8", null, null, "h", "<p>x</p>",
                false, null);
    }

    private static PageMemory memory() {
        return new PageMemory(null, null, "h", Instant.EPOCH, Instant.EPOCH, List.of());
    }

    /** Refuses the pages it is told to, reporting them at the next flush. */
    private static final class RefusingSink implements PageSink {
        private final Map<String, String> toRefuse = new HashMap<>();
        private final Map<String, String> refused = new HashMap<>();

        void refuse(String url) {
            toRefuse.put(url, "too large");
        }

        @Override
        public synchronized void publish(PageEvent page) {
            String why = toRefuse.get(page.url());
            if (why != null) {
                refused.put(page.url(), why);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public synchronized Map<String, String> flushRejecting() {
            Map<String, String> out = new HashMap<>(refused);
            refused.clear();
            return out;
        }
    }
}
