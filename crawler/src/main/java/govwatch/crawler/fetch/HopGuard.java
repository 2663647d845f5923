package govwatch.crawler.fetch;

/** Checks each URL a fetch is about to request, redirect hops included; throws to refuse it. */
@FunctionalInterface
public interface HopGuard {
    /** Refuses nothing. */
    HopGuard NONE = url -> { };

    void check(String url) throws FetchFailure;
}
