package org.onetrip.intake;

import jakarta.inject.Singleton;
import org.onetrip.platform.calendar.WorkingDayCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The clock of the tests: set to a day to check deadlines, instead of waiting for them. */
@Singleton
public class TestClock extends Clock {
    private volatile Instant fixed;

    /** From now on it is 10:00 on this day in China. */
    public void setDay(LocalDate day) {
        fixed = day.atTime(10, 0).atZone(WorkingDayCalendar.ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return WorkingDayCalendar.ZONE;
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
