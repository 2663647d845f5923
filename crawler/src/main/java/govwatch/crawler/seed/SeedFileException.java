package govwatch.crawler.seed;

/** A seed file that cannot be used; the message is {@code FILE:LINE: reason}. */
public final class SeedFileException extends RuntimeException {
    private final String file;
    private final int line;
    private final String reason;

    public SeedFileException(String file, int line, String reason) {
        this(file, line, reason, null);
    }

    public SeedFileException(String file, int line, String reason, Throwable cause) {
        super(file + ":" + line + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** 1-based line of the offending key or value (1 when the file cannot be read at all). */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
