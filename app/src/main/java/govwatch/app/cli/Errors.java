package govwatch.app.cli;

import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns an exception into a sentence for a person: what went wrong, in words, never a bare class name or "null". */
final class Errors {

    private Errors() {
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        String detail = message == null || message.isBlank() ? "" : ": " + message;
        if (e instanceof ConnectException) {
            return "connection refused" + detail + " (nothing listens there, or a firewall is in the way)";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + message + " (check the name, or the network's DNS)";
        }
        if (e instanceof NoRouteToHostException) {
            return "no route to host" + detail;
        }
        if (e instanceof SocketTimeoutException) {
            return "timed out" + detail;
        }
        if (e instanceof BindException) {
            return "address already in use" + detail + ": choose another port, or stop what listens there";
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (message != null && !message.isBlank()) {
            return message;
        }
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            return describe(cause);
        }
        // No message at all: the kind of failure, in words (HttpStatusException → "http status exception").
        return e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
