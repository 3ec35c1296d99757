package org.onetrip.intake.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.intake.cases.CaseDepartment;
import org.onetrip.intake.cases.CaseView;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

/** A department's inbox: the cases routed to it. */
@ApplicationScoped
public class InboxQueries {

    /** Soonest due first; filtered by the department's stage where given. Cases imported from the old system are not the inbox's. */
    @Transactional
    public Page<CaseView> cases(String department, CaseDepartment.Stage stage, PageRequest page) {
        var query = IntakeCase.<IntakeCase>find("""
                        from IntakeCase c where c.imported = false and exists (select 1 from CaseDepartment d where d.caseId = c.id
                        and d.department = ?1 and (?2 is null or d.stage = ?2)) order by c.dueDate nulls last, c.number""",
                department, stage);
        return Page.of(query, page).map(CaseView::of);
    }
}
