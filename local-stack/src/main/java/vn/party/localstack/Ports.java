package vn.party.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks that the fixed ports are free before anything is started. */
final class Ports {

    private Ports() {
    }

    /** @param ports port → what needs it */
    static void requireFree(Map<Integer, String> ports) {
        List<String> busy = new ArrayList<>();
        ports.forEach((port, owner) -> {
            if (inUse(port)) {
                busy.add("  port " + port + " (needed by " + owner + ")");
            }
        });
        if (!busy.isEmpty()) {
            String first = busy.get(0).replaceAll("\\D*(\\d+).*", "$1");
            throw new LauncherException("These ports are already in use:\n" + String.join("\n", busy)
                    + "\nStop whatever listens there (see: ss -ltnp 'sport = :" + first + "'),"
                    + " e.g. another ./run.sh or a docker compose stack, and try again.");
        }
    }

    static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException notListening) {
            // nothing answers on IPv4 loopback; now make sure we can bind it ourselves
        }
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(port));
            return false;
        } catch (IOException bindFailed) {
            return true;
        }
    }
}
