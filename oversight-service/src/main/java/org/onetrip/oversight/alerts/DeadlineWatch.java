package org.onetrip.oversight.alerts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.jpa.HibernateHints;
import org.onetrip.oversight.complaints.Complaint;
import org.onetrip.oversight.replica.WatchedCase;
import org.onetrip.oversight.replica.WatchedRequest;
import org.onetrip.oversight.reviews.Rectification;
import org.onetrip.platform.calendar.WorkingDayCalendar;

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
    private static final List<String> RUNNING = List.of("ACCEPTED", "ROUTED", "IN_PROGRESS");

    private final Alerts alerts;
    private final WorkingDayCalendar calendar;
    private final WarningDays warningDays;
    private final EntityManager entityManager;
    private final Clock clock;

    DeadlineWatch(Alerts alerts, WorkingDayCalendar calendar, WarningDays warningDays, EntityManager entityManager, Clock clock) {
        this.alerts = alerts;
        this.calendar = calendar;
        this.warningDays = warningDays;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Scheduled(every = "${onetrip.oversight.watch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        check();
    }

    /**
     * Checks everything open against today; returns how many alerts this call raised. Each reads only what is due an
     * alert it has not had yet (an alert is raised once per subject and kind), so a quiet minute costs a few index
     * look-ups however many cases are open.
     */
    public int check() {
        LocalDate today = calendar.today();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return QuarkusTransaction.requiringNew().call(() -> {
            int raised = 0;
            // Read-only: none is changed here, so none needs a dirty check.
            List<WatchedCase> due = WatchedCase.<WatchedCase>find("status in ?1 and dueDate is not null"
                            + " and ((dueDate < ?2 and not exists (from Alert a where a.kind = ?3 and a.subject = number))"
                            + " or ((warningOn is null or warningOn <= ?2) and not exists (from Alert a where a.kind = ?4 and a.subject = number)))",
                    RUNNING, today, Alert.Kind.BREACH, Alert.Kind.WARNING).withHint(HibernateHints.HINT_READ_ONLY, true).list();
            for (WatchedCase c : due) {
                String department = c.departments.length == 0 ? null : c.departments[0];
                if (today.isAfter(c.dueDate)) {
                    raised += count(alerts.raise(Alert.Kind.BREACH, c.number, c.jurisdiction, department, c.itemCode, c.dueDate, today, now));
                }
                if (!today.isBefore(warningDay(c))) {
                    raised += count(alerts.raise(Alert.Kind.WARNING, c.number, c.jurisdiction, department, c.itemCode, c.dueDate, today, now));
                }
            }
            for (WatchedRequest r : WatchedRequest.<WatchedRequest>list("status = 'ASSIGNED' and firstContactDue < ?1"
                    + " and not exists (from Alert a where a.kind = ?2 and a.subject = str(id))", today, Alert.Kind.CONTACT_OVERDUE)) {
                raised += count(alerts.raise(Alert.Kind.CONTACT_OVERDUE, r.id.toString(), r.village, null, r.itemCode,
                        r.firstContactDue, today, now));
            }
            for (Rectification rect : Rectification.overdue(today)) {
                raised += count(alerts.raise(Alert.Kind.RECTIFICATION_OVERDUE, rect.id.toString(), rect.jurisdiction,
                        rect.department, null, rect.calledBackAt == null ? rect.callbackDue : rect.reportDue, today, now));
            }
            for (WatchedCase c : WatchedCase.<WatchedCase>find("commitmentDue < ?1 and commitmentKeptAt is null"
                    + " and status not in ?2 and not exists (from Alert a where a.kind = ?3 and a.subject = number)",
                    today, List.of("WITHDRAWN", "NOT_ACCEPTED"), Alert.Kind.COMMITMENT_OVERDUE)
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

    /**
     * The case's warning day as kept with it; a case applied before warning days were kept gets its own now, written
     * by itself (not by flushing the whole row, which could overwrite an event applied meanwhile).
     */
    private LocalDate warningDay(WatchedCase c) {
        if (c.warningOn != null) {
            return c.warningOn;
        }
        LocalDate day = warningDays.of(c);
        entityManager.createNativeQuery("update watched_case set warning_on = :day where number = :number and warning_on is null")
                .setParameter("day", day).setParameter("number", c.number).executeUpdate();
        return day;
    }

    private static int count(boolean raised) {
        return raised ? 1 : 0;
    }
}
