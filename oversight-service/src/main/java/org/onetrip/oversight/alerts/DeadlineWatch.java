package org.onetrip.oversight.alerts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;
import org.onetrip.oversight.OversightConfig;
import org.onetrip.oversight.complaints.Complaint;
import org.onetrip.oversight.replica.WatchedCase;
import org.onetrip.oversight.replica.WatchedRequest;
import org.onetrip.oversight.reviews.Rectification;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.calendar.WorkingDays;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Catches what runs late before and when it is late: a warning once a case has used the warning share
 * (80%) of its working days, a breach once its due date has passed, overdue first contacts of proxy
 * requests, overdue rectifications and complaint replies. A suspended case's clock stands still:
 * intake moves its due date on, and the warning day moves with it.
 */
@ApplicationScoped
public class DeadlineWatch {
    private final Alerts alerts;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final double warningShare;

    DeadlineWatch(Alerts alerts, WorkingDayCalendar calendar, Clock clock,
                  OversightConfig config) {
        this.alerts = alerts;
        this.calendar = calendar;
        this.clock = clock;
        this.warningShare = config.warningShare();
    }

    @Scheduled(every = "${onetrip.oversight.watch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        check();
    }

    /** Checks everything open against today; returns how many alerts this call raised. */
    public int check() {
        LocalDate today = calendar.today();
        OffsetDateTime now = OffsetDateTime.now(clock);
        WorkingDays days = calendar.days();
        return QuarkusTransaction.requiringNew().call(() -> {
            int raised = 0;
            // Read-only: every running case is looked at, none is changed, so none needs a dirty check.
            List<WatchedCase> running = WatchedCase.<WatchedCase>find("status in ?1 and dueDate is not null",
                    List.of("ACCEPTED", "ROUTED", "IN_PROGRESS")).withHint(HibernateHints.HINT_READ_ONLY, true).list();
            for (WatchedCase c : running) {
                String department = c.departments.length == 0 ? null : c.departments[0];
                if (today.isAfter(c.dueDate)) {
                    raised += count(alerts.raise(Alert.Kind.BREACH, c.number, c.jurisdiction, department, c.itemCode, c.dueDate, today, now));
                }
                if (!today.isBefore(warningDay(c, days))) {
                    raised += count(alerts.raise(Alert.Kind.WARNING, c.number, c.jurisdiction, department, c.itemCode, c.dueDate, today, now));
                }
            }
            for (WatchedRequest r : WatchedRequest.<WatchedRequest>list("status = 'ASSIGNED' and firstContactDue < ?1", today)) {
                raised += count(alerts.raise(Alert.Kind.CONTACT_OVERDUE, r.id.toString(), r.village, null, r.itemCode,
                        r.firstContactDue, today, now));
            }
            for (Rectification rect : Rectification.overdue(today)) {
                raised += count(alerts.raise(Alert.Kind.RECTIFICATION_OVERDUE, rect.id.toString(), rect.jurisdiction,
                        rect.department, null, rect.calledBackAt == null ? rect.callbackDue : rect.reportDue, today, now));
            }
            for (WatchedCase c : WatchedCase.<WatchedCase>find("commitmentDue < ?1 and commitmentKeptAt is null"
                    + " and status not in ?2", today, List.of("WITHDRAWN", "NOT_ACCEPTED"))
                    .withHint(HibernateHints.HINT_READ_ONLY, true).list()) {
                raised += count(alerts.raise(Alert.Kind.COMMITMENT_OVERDUE, c.number, c.jurisdiction,
                        c.departments.length == 0 ? null : c.departments[0], c.itemCode, c.commitmentDue, today, now));
            }
            for (Complaint complaint : Complaint.overdue(today)) {
                raised += count(alerts.raise(Alert.Kind.COMPLAINT_OVERDUE, complaint.id.toString(), complaint.jurisdiction,
                        complaint.department, null, complaint.replyDue, today, now));
            }
            return raised;
        });
    }

    /** The day the warning share of the limit is used, moved on by any suspension as the due date was. */
    LocalDate warningDay(WatchedCase c, WorkingDays days) {
        if (c.acceptedOn == null || c.promisedDays == null) {
            return c.dueDate;
        }
        LocalDate unsuspendedDue = days.plus(c.acceptedOn, c.promisedDays);
        int shift = c.dueDate.isAfter(unsuspendedDue) ? days.between(unsuspendedDue, c.dueDate) : 0;
        int warnAfter = (int) Math.ceil(c.promisedDays * warningShare);
        return days.plus(days.plus(c.acceptedOn, warnAfter), shift);
    }

    private static int count(boolean raised) {
        return raised ? 1 : 0;
    }
}
