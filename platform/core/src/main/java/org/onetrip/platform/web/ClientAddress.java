package org.onetrip.platform.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who a public request comes from, as a limit counts it. Behind a load balancer or ingress the TCP peer is the proxy,
 * so the client is read from {@code X-Forwarded-For}, but only when the peer is one of the configured trusted proxies
 * ({@code onetrip.http.trusted-proxies}, addresses or CIDR ranges), and then as the nearest address in the chain that
 * is not itself a trusted proxy: what a client writes into the header itself stands left of that and is never taken.
 * An IPv6 client is counted by its /64, since one host holds a whole /64.
 */
@ApplicationScoped
public class ClientAddress {
    private final List<Range> trusted;

    ClientAddress(@ConfigProperty(name = "onetrip.http.trusted-proxies") Optional<List<String>> trustedProxies) {
        this.trusted = trustedProxies.orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).map(Range::parse).toList();
    }

    /** The client's key: its address, or its /64 for IPv6. */
    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return key(client(peer, request.headers().getAll("X-Forwarded-For")));
    }

    String client(String peer, List<String> forwardedHeaders) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> chain = forwardedHeaders.stream().flatMap(h -> Arrays.stream(h.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        for (int i = chain.size() - 1; i >= 0; i--) {
            String hop = chain.get(i);
            if (address(hop) == null) {
                return hop.length() > 60 ? hop.substring(0, 60) : hop; // not an address: counted as written, never trusted
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean isTrusted(String address) {
        byte[] bytes = address(address);
        return bytes != null && trusted.stream().anyMatch(r -> r.contains(bytes));
    }

    /** An IPv4 address as it is; an IPv6 address by its first 64 bits. */
    public static String key(String address) {
        byte[] bytes = address(address);
        return bytes != null && bytes.length == 16 ? "v6:" + Arrays.toString(Arrays.copyOf(bytes, 8)) : address;
    }

    /** The address's bytes if it is a literal IPv4 or IPv6 address; never a name to look up. */
    private static byte[] address(String text) {
        String literal = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!literal.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
            return null;
        }
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }

    /** A trusted proxy: one address or a CIDR range. */
    private record Range(byte[] network, int prefix) {
        static Range parse(String text) {
            String[] parts = text.split("/", 2);
            byte[] network = address(parts[0]);
            if (network == null) {
                throw new IllegalArgumentException("onetrip.http.trusted-proxies: not an address or CIDR range: " + text);
            }
            return new Range(network, parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = address.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(prefix).not();
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }
}
