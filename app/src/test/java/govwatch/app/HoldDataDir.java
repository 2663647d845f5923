package govwatch.app;

import govwatch.app.broker.DataDirLock;
import java.nio.file.Path;

/** A second govwatch process, for {@link DataDirLockTest}: claims the data dir given as argument until its input ends. */
public final class HoldDataDir {

    private HoldDataDir() {
    }

    public static void main(String[] args) throws Exception {
        try (DataDirLock lock = DataDirLock.acquire(Path.of(args[0]))) {
            System.out.println("holding");
            System.out.flush();
            System.in.read(); // until the test closes our input
        }
    }
}
