package org.diplograph.web;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioEndpoint;

/**
 * Tomcat's HTTP/1.1 connector, with at most so many connections open at once from one client address (an IPv6 client
 * by its /64, the block one host is given): a connection past the limit is closed as it is accepted, before it holds
 * a worker, a buffer or a slot of the server's own connection limit. Without it, one address could open every
 * connection the server takes and starve everyone else with bodies it never finishes sending.
 */
public final class ClientConnections extends Http11NioProtocol {

    public ClientConnections() {
        super(new LimitedEndpoint());
    }

    public void limitPerClient(int connections) {
        ((LimitedEndpoint) getEndpoint()).perClient = connections;
    }

    /** The group a client address is counted in: itself for IPv4, its /64 prefix for IPv6. */
    public static String group(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] prefix = new byte[8];
            System.arraycopy(address.getAddress(), 0, prefix, 0, 8);
            return HexFormat.of().formatHex(prefix) + "::/64";
        }
        return address.getHostAddress();
    }

    private static final class LimitedEndpoint extends NioEndpoint {

        /** Every this many accepted connections, groups left without an open connection are forgotten. */
        private static final int SWEEP_EVERY = 10_000;

        private volatile int perClient = Integer.MAX_VALUE;
        private final Map<String, Set<SocketChannel>> open = new ConcurrentHashMap<>();
        private final AtomicLong accepted = new AtomicLong();

        @Override
        protected boolean setSocketOptions(SocketChannel socket) {
            String client;
            try {
                client = group(((InetSocketAddress) socket.getRemoteAddress()).getAddress());
            } catch (IOException | RuntimeException unknown) {
                return super.setSocketOptions(socket);
            }
            if (accepted.incrementAndGet() % SWEEP_EVERY == 0) {
                open.values().removeIf(channels -> {
                    channels.removeIf(channel -> !channel.isOpen());
                    return channels.isEmpty();
                });
            }
            boolean[] admitted = {false};
            open.compute(client, (name, channels) -> {
                Set<SocketChannel> live = channels == null ? ConcurrentHashMap.newKeySet() : channels;
                live.removeIf(channel -> !channel.isOpen());
                if (live.size() < perClient) {
                    live.add(socket);
                    admitted[0] = true;
                }
                return live;
            });
            if (!admitted[0]) {
                // Closed at once, and no longer counted among the server's connections.
                destroySocket(socket);
                return false;
            }
            return super.setSocketOptions(socket);
        }
    }
}
