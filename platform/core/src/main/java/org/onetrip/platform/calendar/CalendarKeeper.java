package org.onetrip.platform.calendar;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/**
 * The one place a holiday is entered ({@code onetrip.calendar.keeper=true}, oversight-service): the day is
 * recorded and published in one transaction, so every replica counts with it once its event arrives.
 */
@IfBuildProperty(name = "onetrip.calendar.keeper", stringValue = "true")
@ApplicationScoped
public class CalendarKeeper {
    private final WorkingDayCalendar calendar;
    private final CalendarEvents events;

    CalendarKeeper(WorkingDayCalendar calendar, CalendarEvents events) {
        this.calendar = calendar;
        this.events = events;
    }

    /** Marks a date as a holiday or a make-up working day; {@code kind} null clears it. */
    @Transactional
    public void set(LocalDate day, WorkingDays.Kind kind, String name) {
        String named = kind == null ? null : name; // a cleared day has no name
        calendar.record(day, kind, named);
        events.changed(day, kind, named);
    }
}
