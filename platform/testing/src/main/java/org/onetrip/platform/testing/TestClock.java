package org.onetrip.platform.testing;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clock of the tests, in place of the services' system clock: set it to a day to check deadlines
 * instead of waiting for them; {@link #reset()} returns to real time.
 */
@Singleton
public class TestClock extends Clock {
    /** The services' time zone: deadlines are counted in China's days. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private volatile Instant fixed;

    /** From now on it is 10:00 on this day in China. */
    public void setDay(LocalDate day) {
        fixed = day.atTime(10, 0).atZone(ZONE).toInstant();
    }

    /** From now on it is this time in China. */
    public void setTime(java.time.LocalDateTime time) {
        fixed = time.atZone(ZONE).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return fixed != null ? fixed : Instant.now();
    }
}
