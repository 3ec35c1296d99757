package org.onetrip.intake.progress;

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
     * What the department still has to decide first, soonest due (so the overdue) first, then what it decided;
     * filtered by the department's stage where given, or to the undecided with {@code undecided}. Cases imported from
     * the old system are not the inbox's.
     */
    @Transactional
    public Page<InboxCase> cases(String department, CaseDepartment.Stage stage, boolean undecided, PageRequest page) {
        var query = CaseDepartment.<CaseDepartment>find("""
                        select d from CaseDepartment d, IntakeCase c where c.id = d.caseId and c.imported = false and d.department = ?1
                        and (?2 is null or d.stage = ?2) and (?3 = false or d.stage <> ?4)
                        order by case when d.stage = ?4 then 1 else 0 end, c.dueDate nulls last, c.number""",
                department, stage, undecided, CaseDepartment.Stage.DECIDED);
        LocalDate today = calendar.today();
        WorkingDays days = calendar.days();
        return Page.of(query, page).map(d -> {
            IntakeCase c = IntakeCase.findById(d.caseId);
            return new InboxCase(CaseView.of(c), d.stage, workingDaysLeft(c, d, today, days));
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
