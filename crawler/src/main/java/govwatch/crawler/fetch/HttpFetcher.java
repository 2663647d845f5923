package govwatch.crawler.fetch;

import govwatch.crawler.CrawlerConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One GET with jsoup: conditional headers, the body cap, redirects followed by hand (each hop must pass
 * {@code allowed} and the {@link HopGuard}), and retries with exponential backoff on connect failures,
 * timeouts, 5xx, 429 and 503 (honouring Retry-After; not when the 5xx body is a WAF challenge). Called from the host's worker thread, so waiting here delays only that host.
 */
public final class HttpFetcher {
    private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);

    private final CrawlerConfig config;

    public HttpFetcher(CrawlerConfig config) {
        this.config = config;
    }

    /**
     * Fetches {@code url}; a 2xx, 304 or 4xx (other than 429) response is returned, everything else thrown
     * (a 5xx WAF challenge page as {@code WAF_CHALLENGE}, without retries).
     *
     * @param etag         sent as If-None-Match when not null
     * @param lastModified sent as If-Modified-Since when not null
     * @param allowed      whether a redirect target may be followed
     * @param guard        checks every redirect target before it is requested (the caller checks {@code url})
     */
    public HttpResponse fetch(String url, String etag, String lastModified, Predicate<String> allowed, HopGuard guard)
            throws FetchFailure {
        Duration backoff = config.retryBackoff();
        for (int attempt = 0; ; attempt++) {
            try {
                return followRedirects(url, etag, lastModified, allowed, guard);
            } catch (FetchFailure f) {
                if (!f.retryable() || attempt >= config.maxRetries()) {
                    throw f;
                }
                Duration wait = f instanceof RateLimited r && r.retryAfter != null && r.retryAfter.compareTo(backoff) > 0
                        ? r.retryAfter : backoff;
                if (wait.compareTo(config.maxRetryAfter()) > 0) {
                    throw new FetchFailure(f.kind(), f.getMessage() + "; Retry-After " + wait.toSeconds() + " s exceeds the cap", f);
                }
                log.info("{}: {}; retry {} of {} in {} ms", url, f.getMessage(), attempt + 1, config.maxRetries(), wait.toMillis());
                pause(wait);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private HttpResponse followRedirects(String url, String etag, String lastModified, Predicate<String> allowed,
                                         HopGuard guard) throws FetchFailure {
        String current = url;
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            HttpResponse r = once(current, etag, lastModified);
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
            guard.check(next);
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

    private HttpResponse once(String url, String etag, String lastModified) throws FetchFailure {
        Connection c = Jsoup.connect(url).userAgent(config.userAgent()).ignoreContentType(true).ignoreHttpErrors(true)
                .followRedirects(false).maxBodySize(config.maxBodyBytes() + 1).timeout((int) config.timeout().toMillis())
                .method(Connection.Method.GET);
        if (etag != null) {
            c.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            c.header("If-Modified-Since", lastModified);
        }
        try {
            Connection.Response res = c.execute();
            int status = res.statusCode();
            boolean redirect = status >= 300 && status < 400 && status != 304;
            byte[] bytes = redirect ? new byte[0] : res.bodyAsBytes();
            boolean truncated = bytes.length > config.maxBodyBytes();
            if (truncated) {
                bytes = Arrays.copyOf(bytes, config.maxBodyBytes());
            }
            String type = res.contentType() == null ? null
                    : res.contentType().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            return new HttpResponse(res.url().toString(), status, type, res.charset(),
                    res.header("ETag"), res.header("Last-Modified"), bytes, truncated,
                    RetryAfter.parse(res.header("Retry-After"), config.clock().instant()), res.header("Location"));
        } catch (SocketTimeoutException | HttpTimeoutException e) {
            throw new FetchFailure(FetchFailure.Kind.TIMEOUT, "timed out after " + config.timeout().toMillis() + " ms", e);
        } catch (ConnectException | UnknownHostException e) {
            // A refused connection often has no message: name the exception instead of printing "null".
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new FetchFailure(FetchFailure.Kind.CONNECT, "cannot connect: " + why, e);
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchFailure(FetchFailure.Kind.IO, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
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
