package govwatch.app.cli;

import govwatch.events.Alert;
import govwatch.events.AlertType;
import govwatch.events.JsonSerde;
import java.io.PrintStream;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Prints alerts: one JSON object per line, or one readable line per alert for people. */
final class AlertOutput implements Consumer<Alert> {

    private static final JsonSerde<Alert> JSON = JsonSerde.of(Alert.class);

    private final PrintStream out;
    private final boolean json;
    private volatile int printed; // read by the progress line's thread

    AlertOutput(PrintStream out, boolean json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public void accept(Alert alert) {
        out.println(json ? JSON.toJson(alert) : readable(alert));
        out.flush();
        printed++;
    }

    /** How many alerts this output has printed. */
    int printed() {
        return printed;
    }

    static String readable(Alert a) {
        if (a.type() == AlertType.MISSING_REPORT) {
            return a.type() + "  " + a.region().name() + " " + a.year() + "  no report by " + a.deadline()
                    + "  " + (a.parent() == null ? "" : a.parent().name() + " ") + a.region().code();
        }
        String head = a.type() + "  " + a.region().name() + " " + a.year() + (a.draft() ? " (草案)" : "")
                + "  " + a.title() + "  " + a.sourceUrl();
        if (a.changes() != null && !a.changes().isEmpty()) {
            return head + "\n" + a.changes().stream()
                    .map(c -> "    " + c.indicator() + ": " + (c.before() == null ? "—" : c.before())
                            + " → " + (c.after() == null ? "—" : c.after()))
                    .collect(Collectors.joining("\n"));
        }
        if (a.targets() != null && !a.targets().isEmpty()) {
            return head + "\n" + a.targets().stream()
                    .map(t -> "    " + t.indicator() + ": " + t.describe())
                    .collect(Collectors.joining("\n"));
        }
        return head;
    }
}
