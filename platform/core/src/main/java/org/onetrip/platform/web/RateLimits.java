package org.onetrip.platform.web;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fixed-window limits on public requests that hold across every replica of a service: the counters live in the
 * service's PostgreSQL ({@code rate_limit}), each counted in one statement of its own (never part of, nor rolled back
 * with, the request's transaction). A key found over its limit is remembered by the replica until its window ends,
 * so a client already refused is not counted again: a storm costs the database nothing more. That memory is bounded,
 * and rows of windows long past are deleted now and then.
 */
@ApplicationScoped
public class RateLimits {
    /** At most {@code limit} requests per key in each window of {@code window}. */
    public record Limit(String bucket, int limit, Duration window) {
    }

    private static final int MAX_REMEMBERED = 10_000;
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    private static final Duration KEEP = Duration.ofDays(1);
    private static final String COUNT = """
            insert into rate_limit as r (bucket, key, window_start, count) values (?, ?, now(), 1)
            on conflict (bucket, key) do update set
              window_start = case when r.window_start <= now() - make_interval(secs => ?) then now() else r.window_start end,
              count = case when r.window_start <= now() - make_interval(secs => ?) then 1 else least(r.count + 1, ? + 1) end
            returning count, window_start""";

    private final AgroalDataSource dataSource;
    private final Map<String, Instant> overUntil = new ConcurrentHashMap<>();
    private final AtomicLong nextPurge = new AtomicLong();

    RateLimits(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Counts one request of {@code key} against the limit; false when it is over. */
    public boolean allow(Limit limit, String key) {
        String remembered = limit.bucket() + '\n' + key;
        Instant until = overUntil.get(remembered);
        if (until != null) {
            if (until.isAfter(Instant.now())) {
                return false;
            }
            overUntil.remove(remembered, until);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement count = c.prepareStatement(COUNT)) {
            long seconds = limit.window().toSeconds();
            count.setString(1, limit.bucket());
            count.setString(2, stored(key));
            count.setLong(3, seconds);
            count.setLong(4, seconds);
            count.setInt(5, limit.limit());
            try (ResultSet r = count.executeQuery()) {
                r.next();
                if (r.getInt(1) <= limit.limit()) {
                    purgeNowAndThen(c);
                    return true;
                }
                remember(remembered, r.getTimestamp(2).toInstant().plus(limit.window()));
                return false;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rate limit " + limit.bucket() + " not counted", e);
        }
    }

    private void remember(String key, Instant until) {
        if (overUntil.size() >= MAX_REMEMBERED) {
            Instant now = Instant.now();
            overUntil.values().removeIf(u -> !u.isAfter(now));
            if (overUntil.size() >= MAX_REMEMBERED) {
                overUntil.clear(); // the database still counts them: forgetting costs a statement, never a limit
            }
        }
        overUntil.put(key, until);
    }

    private void purgeNowAndThen(Connection c) throws SQLException {
        long now = System.currentTimeMillis();
        long due = nextPurge.get();
        if (now >= due && nextPurge.compareAndSet(due, now + PURGE_EVERY.toMillis())) {
            try (Statement purge = c.createStatement()) {
                purge.executeUpdate("delete from rate_limit where window_start < now() - interval '" + KEEP.toHours() + " hours'");
            }
        }
    }

    /** Keys are counted as given up to the column's size; a longer one by its digest. */
    private static String stored(String key) {
        if (key.length() <= 100) {
            return key;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
