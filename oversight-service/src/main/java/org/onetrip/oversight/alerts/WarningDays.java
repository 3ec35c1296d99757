package org.onetrip.oversight.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import org.onetrip.oversight.OversightConfig;
import org.onetrip.oversight.replica.WatchedCase;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.calendar.WorkingDays;

import java.time.LocalDate;

/**
 * The day a running case's warning falls due: once the warning share (80%) of its working days has passed,
 * moved on by any suspension as intake moved its due date. Kept with the case when its event is applied, so the
 * deadline watch reads only the cases due a warning or a breach, not every open case every minute.
 */
@ApplicationScoped
public class WarningDays {
    private final WorkingDayCalendar calendar;
    private final double warningShare;

    WarningDays(WorkingDayCalendar calendar, OversightConfig config) {
        this.calendar = calendar;
        this.warningShare = config.warningShare();
    }

    /** @return the warning day, or null for a case without a due date */
    public LocalDate of(WatchedCase c) {
        if (c.dueDate == null) {
            return null;
        }
        if (c.acceptedOn == null || c.promisedDays == null) {
            return c.dueDate;
        }
        WorkingDays days = calendar.days();
        LocalDate unsuspendedDue = days.plus(c.acceptedOn, c.promisedDays);
        int shift = c.dueDate.isAfter(unsuspendedDue) ? days.between(unsuspendedDue, c.dueDate) : 0;
        int warnAfter = (int) Math.ceil(c.promisedDays * warningShare);
        return days.plus(days.plus(c.acceptedOn, warnAfter), shift);
    }
}
