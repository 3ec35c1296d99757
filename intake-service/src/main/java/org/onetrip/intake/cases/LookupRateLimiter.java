package org.onetrip.intake.cases;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed windows that make guessing slow: per client ({@code onetrip.lookup.per-minute}, an IPv6 client
 * counted by its /64, since one host holds a whole /64) and per case number
 * ({@code onetrip.lookup.per-number-per-hour}, alike for numbers that exist and numbers that do not, so
 * the limit itself tells nothing). Kept in memory per replica.
 */
@ApplicationScoped
public class LookupRateLimiter {
    private static final int MAX_KEYS = 100_000;

    private final Windows clients;
    private final Windows numbers;

    LookupRateLimiter(@ConfigProperty(name = "onetrip.lookup.per-minute", defaultValue = "10") int perMinute,
                      @ConfigProperty(name = "onetrip.lookup.per-number-per-hour", defaultValue = "10") int perNumberPerHour) {
        this.clients = new Windows(perMinute, 60_000);
        this.numbers = new Windows(perNumberPerHour, 3_600_000);
    }

    /** Counts one look-up of {@code number} by {@code clientAddress}; false if either is over its limit. */
    public boolean allow(String clientAddress, String number) {
        boolean client = clients.allow(clientKey(clientAddress));
        boolean perNumber = numbers.allow(number);
        return client && perNumber;
    }

    /** Counts a public request about {@code key} from this client; a 429 problem when either is over its limit. */
    public void require(HttpServerRequest request, String key) {
        if (!allow(request.remoteAddress().hostAddress(), key)) {
            throw new ProblemException(ProblemKind.TOO_MANY_REQUESTS, "lookup.too-many");
        }
    }

    /** An IPv4 address as it is; an IPv6 address by its first 64 bits. */
    static String clientKey(String address) {
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? "v6:" + Arrays.toString(Arrays.copyOf(bytes, 8)) : address;
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

    private static final class Windows {
        private record Window(long start, int count) {
        }

        private final int limit;
        private final long millis;
        private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

        Windows(int limit, long millis) {
            this.limit = limit;
            this.millis = millis;
        }

        boolean allow(String key) {
            long now = System.currentTimeMillis();
            if (windows.size() > MAX_KEYS) {
                windows.entrySet().removeIf(e -> now - e.getValue().start() > millis);
            }
            Window w = windows.compute(key, (k, old) -> old == null || now - old.start() > millis
                    ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
            return w.count() <= limit;
        }
    }
}
