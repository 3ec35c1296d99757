package org.onetrip.platform.calendar;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The clock every deadline is measured by; tests and demos replace it to move time on. */
@ApplicationScoped
public class Clocks {
    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(WorkingDayCalendar.ZONE);
    }
}
