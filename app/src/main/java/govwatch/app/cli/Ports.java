package govwatch.app.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/** Checks a listening option before anything starts, so that a busy port is a sentence and not a stack trace. */
final class Ports {

    private Ports() {
    }

    /**
     * @param hostGiven whether the user set the host option (it then needs the port option)
     * @throws UsageError naming the option when the host is given without a port, is not an address of this machine,
     *                    or the port is taken
     */
    static void check(String portOption, int port, String hostOption, String host, boolean hostGiven) {
        if (port < 0) {
            if (hostGiven) {
                throw new UsageError(hostOption + " " + host + " needs " + portOption + " PORT: without a port nothing is served");
            }
            return;
        }
        if (port > 65535) {
            throw new UsageError(portOption + " " + port + " is not a port: give 1-65535 (0 picks a free one)");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new UsageError(hostOption + " " + host + " is not a known host name or address");
        }
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(address, port));
        } catch (BindException e) {
            String reason = String.valueOf(e.getMessage());
            if (reason.contains("assign requested address")) {
                throw new UsageError(hostOption + " " + host + " is not an address of this machine");
            }
            if (reason.contains("Permission denied")) {
                throw new UsageError(portOption + " " + port + " needs root rights: choose a port above 1023");
            }
            throw inUse(portOption, port);
        } catch (IOException e) {
            throw new UsageError(portOption + " " + port + " on " + host + " cannot be opened: " + e.getMessage());
        }
    }

    static UsageError inUse(String portOption, int port) {
        return new UsageError(portOption + " " + port + " is in use: choose another port (or stop what listens there)");
    }
}
