package org.onetrip.bench;


import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long the window's transactions wait for each other's locks: PostgreSQL keeps no total of lock
 * waits, so a thread samples {@code pg_stat_activity} every few milliseconds and counts the intake
 * backends waiting on a lock. Samples times the interval estimate the time spent waiting, summed over
 * backends; divided by the cases of a step, the wait each case paid.
 */
final class LockWaits implements AutoCloseable {
    private static final long INTERVAL_MS = 5;
    private final AtomicLong waitingSamples = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    LockWaits(String database) {
        sampler = new Thread(() -> sample(database), "bench-lock-waits");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Estimated milliseconds backends have spent waiting for locks so far. */
    double waitedMs() {
        return waitingSamples.get() * (double) INTERVAL_MS;
    }

    private void sample(String database) {
        try (Connection c = Bench.connect(database);
             PreparedStatement waiting = c.prepareStatement(
                     "select count(*) from pg_stat_activity where datname = ? and wait_event_type = 'Lock'")) {
            waiting.setString(1, database);
            while (running) {
                try (ResultSet rs = waiting.executeQuery()) {
                    rs.next();
                    waitingSamples.addAndGet(rs.getLong(1));
                }
                Thread.sleep(INTERVAL_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }
}
