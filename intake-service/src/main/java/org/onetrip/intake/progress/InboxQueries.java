package org.onetrip.intake.progress;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.intake.cases.CaseDepartment;
import org.onetrip.intake.cases.CaseStatus;
import org.onetrip.intake.cases.CaseView;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.calendar.WorkingDays;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

import java.time.LocalDate;

/** A department's inbox: the cases routed to it. */
@ApplicationScoped
public class InboxQueries {
    private final WorkingDayCalendar calendar;

    InboxQueries(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * What the department still has to decide first, soonest due (so the overdue) first, then what it decided, the latest
     * first; filtered by the department's stage where given, or to the undecided with {@code undecided}. Cases imported
     * from the old system are not the inbox's. Each part is read by an index of its own (V24), so a page reads only its
     * own rows (the total still counts the department's): the stage is written as a literal, because PostgreSQL can use a
     * partial index only where the query states its condition, not for a parameter's value.
     */
    @Transactional
    public Page<InboxCase> cases(String department, CaseDepartment.Stage stage, boolean undecided, PageRequest page) {
        PanacheQuery<CaseDepartment> pending = CaseDepartment.find("""
                        select d from CaseDepartment d, IntakeCase c where c.id = d.caseId and c.imported = false and d.department = ?1
                        and d.stage <> DECIDED and (?2 is null or d.stage = ?2) order by c.dueDate nulls last, c.number""",
                department, stage);
        PanacheQuery<CaseDepartment> decided = CaseDepartment.find("""
                        select d from CaseDepartment d, IntakeCase c where c.id = d.caseId and c.imported = false and d.department = ?1
                        and d.stage = DECIDED order by d.decidedAt desc nulls last, d.id desc""", department);
        Page<CaseDepartment> rows = stage == CaseDepartment.Stage.DECIDED ? Page.of(decided, page)
                : stage != null || undecided ? Page.of(pending, page)
                : Page.ofParts(page, pending, decided);
        LocalDate today = calendar.today();
        WorkingDays days = calendar.days();
        return rows.map(d -> {
            IntakeCase c = IntakeCase.findById(d.caseId);
            return new InboxCase(CaseView.of(c), d.stage, workingDaysLeft(c, d, today, days), d.decidedAt);
        });
    }

    /** Counted from today while the clock runs, from the day it stopped while suspended. */
    private static Integer workingDaysLeft(IntakeCase c, CaseDepartment d, LocalDate today, WorkingDays days) {
        boolean suspended = c.status == CaseStatus.SUSPENDED && c.suspendedOn != null;
        if (c.dueDate == null || d.stage == CaseDepartment.Stage.DECIDED || !c.status.clockRuns() && !suspended) {
            return null;
        }
        LocalDate from = suspended ? c.suspendedOn : today;
        return c.dueDate.isBefore(from) ? -days.between(c.dueDate, from) : days.between(from, c.dueDate);
    }
}
