package govwatch.crawler;

import govwatch.crawler.fetch.FetchFailure;
import govwatch.events.PageEvent;
import java.util.List;

/**
 * What visiting one URL came to, as a value: {@link PageProcessor} and {@link ResponseReader} decide it,
 * {@link CrawlPass#apply} carries it out (counters, state, publishing, queueing what was found) in one place.
 */
sealed interface Outcome {
    /** The in-scope links and sitemaps to queue; none for a failure. */
    Found found();

    /**
     * What a page or sitemap leads to.
     *
     * @param links    in-scope page and attachment links, in page order, at most the portal's links-per-page budget
     * @param sitemaps nested sitemaps (of a sitemap index, or listed in robots.txt) on the same host
     * @param dropped  links beyond the budget, not queued this pass
     */
    record Found(List<String> links, List<String> sitemaps, int dropped) {
        static final Found NONE = new Found(List.of(), List.of(), 0);

        public Found {
            links = List.copyOf(links);
            sitemaps = List.copyOf(sitemaps);
        }

        static Found links(List<String> links) {
            return new Found(links, List.of(), 0);
        }
    }

    /** Not due yet: not requested; its remembered links are followed. */
    record NotDue(Found found) implements Outcome {
    }

    /** A 304 to a conditional GET: the memory is refreshed, the remembered links followed. */
    record NotModified(PageMemory memory, Found found) implements Outcome {
    }

    /** The same bytes as the remembered hash: nothing published. */
    record Unchanged(PageMemory memory, Found found) implements Outcome {
    }

    /** New or changed content: published; the memory is committed after the sink delivered it. */
    record Publish(PageEvent page, PageMemory memory, Found found) implements Outcome {
    }

    /**
     * Seen but not published (a sitemap, a body that is not text): only remembered.
     *
     * @param tag the metric outcome ({@code ok} for a sitemap, {@code skipped_type})
     */
    record Remember(PageMemory memory, Found found, String tag) implements Outcome {
    }

    /**
     * Not fetched as a page.
     *
     * @param memory remembered anyway (a gone page keeps its due time, so it is not asked for every pass), or null
     */
    record Failed(FetchFailure failure, PageMemory memory) implements Outcome {
        Failed(FetchFailure failure) {
            this(failure, null);
        }

        @Override
        public Found found() {
            return Found.NONE;
        }
    }
}
