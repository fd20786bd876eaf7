package dev.topset.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Picks a currently free TCP port on the loopback interface.
 *
 * <p>The port is released before the caller binds it, so another process could grab it in between; on a
 * developer machine that race is rare enough. We need a concrete number (not "bind to 0") because the
 * Kafka port must survive a broker restart so clients can reconnect to the same address.
 */
final class FreePort {

    private FreePort() {
    }

    static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }
}
