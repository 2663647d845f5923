package govwatch.crawler;

import govwatch.events.PageEvent;
import java.util.ArrayList;
import java.util.List;

/** A {@link PageSink} that keeps what it is given. */
final class CollectingSink implements PageSink {
    private final List<PageEvent> pages = new ArrayList<>();
    private int flushes;

    @Override
    public synchronized void publish(PageEvent page) {
        pages.add(page);
    }

    @Override
    public synchronized void flush() {
        flushes++;
    }

    synchronized List<PageEvent> pages() {
        return List.copyOf(pages);
    }

    synchronized List<String> urls() {
        return pages.stream().map(PageEvent::url).toList();
    }

    synchronized PageEvent page(String url) {
        return pages.stream().filter(p -> p.url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("not published: " + url + " in " + urls()));
    }

    synchronized void clear() {
        pages.clear();
    }
}
