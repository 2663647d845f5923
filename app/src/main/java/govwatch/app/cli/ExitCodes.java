package govwatch.app.cli;

import java.util.Map;

/** The exit codes of govwatch, as documented in the README. */
final class ExitCodes {

    /** Done: every portal crawled without error (or a follow mode stopped by Ctrl-C / SIGTERM). */
    static final int OK = 0;
    /** An error: the message on standard error says what and what to do. */
    static final int ERROR = 1;
    /** The command line cannot work as given (unknown option, option not valid here, port in use …). */
    static final int USAGE = 2;
    /** A one-off pass finished, but some portals had errors (unreachable, robots-blocked, pages failing). */
    static final int PORTAL_ERRORS = 3;
    /** A one-off pass was stopped (Ctrl-C / SIGTERM) before it was done. */
    static final int STOPPED = 130;

    private ExitCodes() {
    }

    /** The code of a one-off pass ({@code --once}, demo). */
    static int ofPass(boolean stopped, Map<String, String> portalErrors) {
        if (stopped) {
            return STOPPED;
        }
        return portalErrors.isEmpty() ? OK : PORTAL_ERRORS;
    }
}
