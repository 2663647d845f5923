package govwatch.crawler.fetch;

import govwatch.crawler.CrawlerConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One page's GET ({@link PinnedGet}: connected to the address the {@link HopGuard} checked): conditional headers,
 * the body cap, a deadline for the whole page, redirects followed by hand (each hop must pass {@code allowed} and
 * the guard), and retries with exponential backoff on connect failures, timeouts, 5xx, 429 and 503 (honouring
 * Retry-After; not when the 5xx body is a WAF challenge). Called from the host's worker thread, so waiting here
 * delays only that host.
 */
public final class HttpFetcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);

    private final CrawlerConfig config;
    private final PinnedGet http = new PinnedGet();

    public HttpFetcher(CrawlerConfig config) {
        this.config = config;
    }

    /** Closes the kept-alive connections. */
    @Override
    public void close() {
        http.close();
    }

    /**
     * Fetches {@code url}; a 2xx, 304 or 4xx (other than 429) response is returned, everything else thrown
     * (a 5xx WAF challenge page as {@code WAF_CHALLENGE}, without retries; a Retry-After beyond
     * {@link CrawlerConfig#maxRetryAfter()} or past the deadline as {@code RETRY_LATER}, a failure of this URL only).
     *
     * @param etag         sent as If-None-Match when not null
     * @param lastModified sent as If-Modified-Since when not null
     * @param allowed      whether a redirect target may be followed
     * @param guard        checks {@code url} and every redirect target before it is requested, and names the address
     * @param deadline     {@link System#nanoTime()} by which the page must be fetched, retries and waits included
     */
    public HttpResponse fetch(String url, String etag, String lastModified, Predicate<String> allowed, HopGuard guard,
                              long deadline) throws FetchFailure {
        Duration backoff = config.retryBackoff();
        for (int attempt = 0; ; attempt++) {
            try {
                return followRedirects(url, etag, lastModified, allowed, guard, deadline);
            } catch (FetchFailure f) {
                if (!f.retryable() || attempt >= config.maxRetries() || System.nanoTime() - deadline >= 0) {
                    throw f;
                }
                boolean asked = f instanceof RateLimited r && r.retryAfter != null && r.retryAfter.compareTo(backoff) > 0;
                Duration wait = asked ? ((RateLimited) f).retryAfter : backoff;
                boolean tooLong = wait.compareTo(config.maxRetryAfter()) > 0 || System.nanoTime() + wait.toNanos() - deadline > 0;
                if (tooLong && !asked) {
                    throw f; // our own backoff does not fit in the page's budget: the failure stands
                }
                if (tooLong) {
                    throw new FetchFailure(FetchFailure.Kind.RETRY_LATER, f.getMessage() + "; waiting " + wait.toSeconds()
                            + " s is longer than this page may take: retried next pass", f);
                }
                log.info("{}: {}; retry {} of {} in {} ms", url, f.getMessage(), attempt + 1, config.maxRetries(), wait.toMillis());
                pause(wait);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private HttpResponse followRedirects(String url, String etag, String lastModified, Predicate<String> allowed,
                                         HopGuard guard, long deadline) throws FetchFailure {
        String current = url;
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            HttpResponse r = once(current, guard.check(current), etag, lastModified, deadline);
            if (r.status() < 300 || r.status() >= 400 || r.status() == 304) {
                return classify(r);
            }
            String location = r.location();
            if (location == null) {
                throw new FetchFailure(FetchFailure.Kind.HTTP_4XX, "redirect " + r.status() + " without Location");
            }
            String next = resolve(current, location);
            if (next == null || !allowed.test(next)) {
                throw new FetchFailure(FetchFailure.Kind.REDIRECT_REFUSED, "redirect to " + location + " is outside the allowed prefixes");
            }
            current = next;
        }
        throw new FetchFailure(FetchFailure.Kind.TOO_MANY_REDIRECTS, "more than " + config.maxRedirects() + " redirects");
    }

    private static HttpResponse classify(HttpResponse r) throws FetchFailure {
        if (r.status() >= 500 && WafDetector.isChallenge(r.status(), r.body(), r.headerCharset())) {
            // A challenge served as 503 or 521 is a block, not an outage: not retried.
            throw new FetchFailure(FetchFailure.Kind.WAF_CHALLENGE, "WAF challenge page (HTTP " + r.status() + ") instead of content");
        }
        if (r.status() == 429 || r.status() == 503) {
            throw new RateLimited(r.status(), r.retryAfter());
        }
        if (r.status() >= 500) {
            throw new FetchFailure(FetchFailure.Kind.HTTP_5XX, "HTTP " + r.status());
        }
        return r;
    }

    private HttpResponse once(String url, InetAddress address, String etag, String lastModified, long deadline)
            throws FetchFailure {
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"User-Agent", config.userAgent()});
        if (etag != null) {
            headers.add(new String[] {"If-None-Match", etag});
        }
        if (lastModified != null) {
            headers.add(new String[] {"If-Modified-Since", lastModified});
        }
        try {
            URI uri = new URI(url);
            PinnedGet.Answer a = http.get(uri, address, headers, config.timeout().toMillis(), deadline,
                    config.maxBodyBytes(), true);
            String contentType = a.header("content-type");
            String type = contentType == null ? null : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            return new HttpResponse(url, a.status(), type == null || type.isEmpty() ? null : type, charsetOf(contentType),
                    a.header("etag"), a.header("last-modified"), a.body(), a.truncated(),
                    RetryAfter.parse(a.header("retry-after"), config.clock().instant()), a.header("location"));
        } catch (SocketTimeoutException e) {
            throw new FetchFailure(FetchFailure.Kind.TIMEOUT, "timed out: " + e.getMessage(), e);
        } catch (ConnectException | NoRouteToHostException e) {
            // A refused connection often has no message: name the exception instead of printing "null".
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new FetchFailure(FetchFailure.Kind.CONNECT, "cannot connect: " + why, e);
        } catch (PinnedGet.BombException e) {
            throw new FetchFailure(FetchFailure.Kind.BINARY, "refused as a compression bomb: " + e.getMessage(), e);
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            throw new FetchFailure(FetchFailure.Kind.IO, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The charset parameter of a Content-Type header, or null. */
    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String v = p.substring(8).trim().replace("\"", "").replace("'", "");
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    private static String resolve(String base, String location) {
        try {
            URI next = URI.create(base).resolve(location.trim());
            String scheme = next.getScheme();
            return scheme != null && (scheme.equals("http") || scheme.equals("https")) ? next.toString() : null;
        } catch (IllegalArgumentException e) {
            return null; // an unparsable Location is refused like one off the allow list
        }
    }

    private static void pause(Duration d) throws FetchFailure {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailure(FetchFailure.Kind.IO, "interrupted while backing off", e);
        }
    }

    /** 429 or 503, retried after its Retry-After. */
    private static final class RateLimited extends FetchFailure {
        private final transient Duration retryAfter;

        RateLimited(int status, Duration retryAfter) {
            super(status == 429 ? Kind.RATE_LIMITED : Kind.HTTP_5XX, "HTTP " + status
                    + (retryAfter == null ? "" : " (Retry-After " + retryAfter.toSeconds() + " s)"));
            this.retryAfter = retryAfter;
        }
    }
}
