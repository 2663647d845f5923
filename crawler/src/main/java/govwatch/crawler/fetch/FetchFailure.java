package govwatch.crawler.fetch;

import java.util.Locale;

/**
 * A page that could not be fetched as a page; its {@link Kind} is the metric outcome and the summary's reason. The
 * message often quotes the portal (a Location, an error text): it is made safe for logs and terminals here, once.
 */
public class FetchFailure extends Exception {
    /** Why a fetch failed. */
    public enum Kind {
        CONNECT, TIMEOUT, HTTP_5XX, HTTP_4XX, RATE_LIMITED, WAF_CHALLENGE, REDIRECT_REFUSED, TOO_MANY_REDIRECTS,
        PRIVATE_ADDRESS, EXTRACT, BINARY, ROBOTS, ROBOTS_UNAVAILABLE, RETRY_LATER, IO;

        /** The lower-case name used as a metric tag. */
        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Kind kind;

    public FetchFailure(Kind kind, String message) {
        this(kind, message, null);
    }

    public FetchFailure(Kind kind, String message, Throwable cause) {
        super(LogText.safe(message), cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether trying the same request again later may succeed. */
    public boolean retryable() {
        return kind == Kind.CONNECT || kind == Kind.TIMEOUT || kind == Kind.HTTP_5XX || kind == Kind.RATE_LIMITED || kind == Kind.IO;
    }
}
