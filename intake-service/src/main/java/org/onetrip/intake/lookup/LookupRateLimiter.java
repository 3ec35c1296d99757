package org.onetrip.intake.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed window per client address: at most {@code limit} look-ups a minute. Kept in memory per
 * replica, which is enough to make guessing numbers and digits slow.
 */
@ApplicationScoped
public class LookupRateLimiter {
    private static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_CLIENTS = 100_000;

    private record Window(long start, int count) {
    }

    private final int limit;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    LookupRateLimiter(@ConfigProperty(name = "onetrip.lookup.per-minute", defaultValue = "10") int limit) {
        this.limit = limit;
    }

    public boolean allow(String client) {
        long now = System.currentTimeMillis();
        if (windows.size() > MAX_CLIENTS) {
            windows.entrySet().removeIf(e -> now - e.getValue().start() > WINDOW_MILLIS);
        }
        Window w = windows.compute(client, (k, old) -> old == null || now - old.start() > WINDOW_MILLIS
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        return w.count() <= limit;
    }
}
