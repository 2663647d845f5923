package govwatch.crawler;

import govwatch.crawler.fetch.FetchFailure;
import govwatch.events.PageEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
     * @param changed  links the portal says changed at a time (a sitemap's {@code <lastmod>}, a date beside the link
     *                 on a list page): {@link ChangeSignals} makes a known page due again when that is after its
     *                 last fetch
     */
    record Found(List<String> links, List<String> sitemaps, int dropped, Map<String, Instant> changed) {
        static final Found NONE = new Found(List.of(), List.of(), 0);

        public Found {
            links = List.copyOf(links);
            sitemaps = List.copyOf(sitemaps);
            changed = Map.copyOf(changed);
        }

        Found(List<String> links, List<String> sitemaps, int dropped) {
            this(links, sitemaps, dropped, Map.of());
        }

        /** The same, with the dates of {@code dates} that belong to its links. */
        Found withChanged(Map<String, Instant> dates) {
            Map<String, Instant> kept = new HashMap<>();
            for (String link : links) {
                Instant at = dates.get(link);
                if (at != null) {
                    kept.put(link, at);
                }
            }
            return new Found(links, sitemaps, dropped, kept);
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
