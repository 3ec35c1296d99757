package org.onetrip.platform.calendar;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import org.onetrip.platform.outbox.Outbox;

import java.time.LocalDate;

/**
 * What the calendar's keeper tells the services that count deadlines, on the compacted {@code calendar.days}
 * (key = the date, so the latest word on each date is kept for good and a new replica reads the whole calendar).
 */
@IfBuildProperty(name = "onetrip.calendar.keeper", stringValue = "true")
@ApplicationScoped
public class CalendarEvents {
    public static final String TOPIC = "calendar.days";
    public static final String SET = "org.onetrip.calendar.day.set.v1";
    public static final String CLEARED = "org.onetrip.calendar.day.cleared.v1";

    /** A date made a holiday or a make-up working day; {@code kind} and {@code name} are absent when cleared. */
    public record DayChanged(LocalDate day, WorkingDays.Kind kind, String name) {
    }

    private final Outbox outbox;

    CalendarEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void changed(LocalDate day, WorkingDays.Kind kind, String name) {
        outbox.publish(TOPIC, kind == null ? CLEARED : SET, day.toString(), new DayChanged(day, kind, name));
    }
}
