package org.onetrip.platform.calendar;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/**
 * The clock every deadline is measured by. {@code onetrip.clock.offset} moves it on (for end-to-end tests
 * and demos that must see a deadline pass without waiting); never set it in production. Unit tests
 * replace the bean instead.
 */
@ApplicationScoped
public class Clocks {
    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = "onetrip.clock.offset", defaultValue = "PT0S") Duration offset) {
        Clock system = Clock.system(WorkingDayCalendar.ZONE);
        return offset.isZero() ? system : Clock.offset(system, offset);
    }
}
