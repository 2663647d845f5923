package govwatch.crawler;

import govwatch.crawler.document.DocumentDecoder;
import govwatch.crawler.fetch.FetchFailure;
import govwatch.crawler.fetch.HttpResponse;
import govwatch.events.PageEvent;
import govwatch.understanding.SourceDocument;
import govwatch.understanding.SplitArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An article split over several pages ({@code t20240104_1002.html}, {@code _1.html}, {@code _2.html} …) read as
 * one. When a fetched article page (not a list page: {@code index_1.html} is a list's pager) links to its
 * continuation pages ({@link SplitArticle#continuations}, at most {@link SplitArticle#MAX_PARTS}), they are fetched
 * at once on the same host worker — each one a request of the pass, under its budget, robots.txt and politeness —
 * and ONE page is published at the first page's URL: content type {@code text/plain}, body
 * {@link SplitArticle#join} of the parts. So the topology sees one report with the plan part of its last page.
 *
 * <p>The continuation pages are never published or remembered on their own: they are marked seen in the pass and
 * left out of the links to follow. The first page is remembered with the joined text's hash and without validators,
 * so each re-check (every {@code articleRecheck}, or at a change signal) reads every part again and a change on any
 * part publishes the joined whole once. A part answering 404/410, or disallowed by robots.txt, is left out (pagers
 * list pages that are not there); any other failure of a part fails the article for this pass; with the pass's
 * budget spent the article waits for the next pass. The joined text is cut at {@code maxBodyBytes / 3} characters,
 * like an attachment's.
 */
final class ArticleParts {
    /** Fetches one part as a request of the pass; null when the pass's budget is spent. */
    interface PartFetcher {
        HttpResponse fetch(Task part) throws FetchFailure, InterruptedException;
    }

    private final ResponseReader reader;
    private final int maxChars;

    ArticleParts(ResponseReader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /** {@code first} as it is, or, for the first page of a split article, the outcome of the joined article. */
    Outcome join(Task task, Outcome first, PageMemory old, Instant now, CrawlPass pass, PartFetcher fetcher)
            throws FetchFailure, InterruptedException {
        if (!(first instanceof Outcome.Publish p) || task.kind() != Task.Kind.PAGE
                || task.scope().isListPage(task.url())
                || DocumentDecoder.route(p.page().contentType(), task.url()) != DocumentDecoder.Route.HTML) {
            return first;
        }
        List<String> parts = SplitArticle.continuations(task.url(), p.found().links());
        if (parts.isEmpty()) {
            return first;
        }
        parts.forEach(pass::markSeen);
        List<SourceDocument> docs = new ArrayList<>(List.of(new SourceDocument(task.url(), p.page().contentType(), p.page().body())));
        Set<String> links = new LinkedHashSet<>(p.found().links());
        long chars = p.page().body().length();
        boolean truncated = p.page().truncated();
        for (String url : parts) {
            if (chars >= maxChars) {
                truncated = true;
                break;
            }
            Task part = new Task(task.scope(), url, task.depth(), task.url(), Task.Kind.PAGE);
            HttpResponse response;
            try {
                response = fetcher.fetch(part);
            } catch (FetchFailure f) {
                if (f.kind() == FetchFailure.Kind.ROBOTS) {
                    continue; // robots.txt keeps this part out: the article is read without it
                }
                throw new FetchFailure(f.kind(), "part " + url + " of a split article: " + f.getMessage(), f);
            }
            if (response == null) {
                return new Outcome.NotDue(without(p.found(), Set.copyOf(parts), task.url(), p.found().links()));
            }
            Outcome read = reader.read(part, response, null, now);
            if (read instanceof Outcome.Publish pp) {
                docs.add(new SourceDocument(url, pp.page().contentType(), pp.page().body()));
                links.addAll(pp.found().links());
                chars += pp.page().body().length();
                truncated |= pp.page().truncated();
            } else if (read instanceof Outcome.Failed f && response.status() != 404 && response.status() != 410) {
                throw new FetchFailure(f.failure().kind(), "part " + url + " of a split article: " + f.failure().getMessage());
            }
        }
        String body = SplitArticle.join(docs).body();
        if (body.length() > maxChars) {
            body = body.substring(0, maxChars);
            truncated = true;
        }
        String hash = ResponseReader.sha256(body.getBytes(StandardCharsets.UTF_8));
        Outcome.Found found = without(p.found(), Set.copyOf(parts), task.url(), links);
        int max = task.scope().portal().budgets().maxLinksPerPage();
        if (found.links().size() > max) {
            found = new Outcome.Found(found.links().subList(0, max), found.sitemaps(), found.dropped() + found.links().size() - max);
        }
        PageMemory memory = new PageMemory(null, null, hash, now, p.memory().nextDue(), found.links());
        if (old != null && hash.equals(old.contentHash())) {
            return new Outcome.Unchanged(memory, found);
        }
        PageEvent e = p.page();
        return new Outcome.Publish(new PageEvent(e.url(), e.finalUrl(), e.portalId(), e.fetchedAt(), e.status(), "text/plain",
                e.charset(), null, null, hash, body, truncated, e.parentUrl(), e.countyCode()), memory, found);
    }

    /** The links to follow: the article's and its parts' own, without the parts and the first page. */
    private static Outcome.Found without(Outcome.Found found, Set<String> parts, String first, Iterable<String> links) {
        List<String> kept = new ArrayList<>();
        for (String link : links) {
            if (!parts.contains(link) && !link.equals(first)) {
                kept.add(link);
            }
        }
        return new Outcome.Found(kept, found.sitemaps(), found.dropped());
    }
}
