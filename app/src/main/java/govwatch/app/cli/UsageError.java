package govwatch.app.cli;

/** A command line that cannot work as given; the message names the option and says what to do. Exit code 2. */
final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message);
    }
}
