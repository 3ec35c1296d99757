package org.onetrip.bench;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Open-loop load: operations start at a fixed rate whatever the outstanding ones do, and each latency is
 * measured from when the operation was due to start, so a slow answer cannot slow the generator down
 * and hide itself (no coordinated omission).
 */
final class OpenLoop {
    record Result(double rate, long operations, long errors, Histogram latencies) {
        double p50() {
            return latencies.getValueAtPercentile(50) / 1e6;
        }

        double p99() {
            return latencies.getValueAtPercentile(99) / 1e6;
        }

        double max() {
            return latencies.getMaxValue() / 1e6;
        }

        boolean held(double p99LimitMillis) {
            return errors == 0 && latencies.getTotalCount() > 0 && p99() <= p99LimitMillis;
        }
    }

    private OpenLoop() {
    }

    static Result run(double perSecond, Duration duration, Supplier<CompletableFuture<?>> operation) throws InterruptedException {
        Histogram histogram = new Histogram(TimeUnit.MINUTES.toNanos(2), 3);
        AtomicLong errors = new AtomicLong();
        long period = (long) (1e9 / perSecond);
        long count = (long) (duration.toNanos() / period);
        long start = System.nanoTime();
        CompletableFuture<?>[] all = new CompletableFuture<?>[(int) count];
        for (int i = 0; i < count; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            all[i] = operation.get().whenComplete((ok, failure) -> {
                if (failure != null) {
                    errors.incrementAndGet();
                } else {
                    synchronized (histogram) {
                        histogram.recordValue(Math.max(0, System.nanoTime() - due));
                    }
                }
            });
        }
        try {
            CompletableFuture.allOf(all).get(2, TimeUnit.MINUTES);
        } catch (Exception failed) {
            // counted per operation above
        }
        return new Result(perSecond, count, errors.get(), histogram);
    }
}
