package govwatch.app;

import govwatch.app.cli.Main;
import govwatch.events.Alert;
import govwatch.events.JsonSerde;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Runs the {@code govwatch} command line in-process, as a user would, capturing what it prints. */
record Cli(int exitCode, String stdout, String stderr) {

    static Cli run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.execute(args);
            return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Standard output read as alert JSON lines. */
    List<Alert> alerts() {
        JsonSerde<Alert> json = JsonSerde.of(Alert.class);
        return Arrays.stream(stdout.split("\n"))
                .filter(line -> !line.isBlank())
                .map(line -> json.deserialize(null, line.getBytes(StandardCharsets.UTF_8)))
                .toList();
    }
}
