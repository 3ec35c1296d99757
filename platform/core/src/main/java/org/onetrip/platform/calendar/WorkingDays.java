package org.onetrip.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working-day arithmetic on a calendar of exceptions: a weekday is a working day unless it is a
 * public holiday; a weekend day is not, unless it is a make-up working day (调休).
 */
public final class WorkingDays {
    public enum Kind { HOLIDAY, WORKDAY }

    private final Map<LocalDate, Kind> exceptions;

    public WorkingDays(Map<LocalDate, Kind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        Kind kind = exceptions.get(day);
        if (kind != null) {
            return kind == Kind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code n}-th working day after {@code start} (the start day itself never counts). */
    public LocalDate plus(LocalDate start, int n) {
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days in (from, to]: how far a clock that stood still from {@code from} to {@code to} fell behind. */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
