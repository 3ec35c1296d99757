package org.onetrip.platform.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Due dates on the shipped calendar, against the State Council's arrangements. */
class WorkingDaysTest {
    private final WorkingDays days = WorkingDayCalendar.seeded();

    @Test
    void weekendsDoNotCount() {
        // Friday 7 March 2025 + 2 working days: Monday 10, Tuesday 11.
        assertThat(days.plus(LocalDate.of(2025, 3, 7), 2)).isEqualTo(LocalDate.of(2025, 3, 11));
    }

    @Test
    void holidaysDoNotCountAndMakeUpDaysDo() {
        // Friday 13 Feb 2026: Saturday 14 is a make-up working day (1), 15-23 is the Spring Festival,
        // then 24 (2), 25 (3), 26 (4), 27 (5).
        assertThat(days.plus(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
        // Friday 28 Sep 2018: Saturday 29 and Sunday 30 are make-up days (1, 2); 1-7 Oct National Day; Monday 8 (3).
        assertThat(days.plus(LocalDate.of(2018, 9, 28), 3)).isEqualTo(LocalDate.of(2018, 10, 8));
        assertThat(days.isWorkingDay(LocalDate.of(2018, 6, 18))).as("Dragon Boat Festival 2018, a Monday").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2025, 10, 11))).as("make-up Saturday after National Day 2025").isTrue();
    }

    @Test
    void aSuspensionCountsTheWorkingDaysTheClockStoodStill() {
        // Suspended on Friday 30 Apr 2026, resumed on Monday 11 May: 6, 7, 8 May and Saturday 9 (make-up) and Monday 11.
        assertThat(days.between(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 11))).isEqualTo(5);
        assertThat(days.between(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2))).isZero();
    }

    @Test
    void everyShippedMakeUpDayIsAWeekendAndEveryYearIsThere() {
        WorkingDayCalendar.readSeed().forEach((day, value) -> {
            if (value[0].equals("WORKDAY")) {
                assertThat(day.getDayOfWeek().getValue()).as(day + " is a make-up day").isGreaterThan(5);
            }
        });
        assertThat(WorkingDayCalendar.readSeed().keySet()).extracting(LocalDate::getYear).contains(2018, 2025, 2026);
    }
}
