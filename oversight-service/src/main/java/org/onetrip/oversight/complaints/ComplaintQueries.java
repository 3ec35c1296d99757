package org.onetrip.oversight.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

/** Complaints as the caller may see them: a supervisor's jurisdiction's, an officer's department's. */
@ApplicationScoped
public class ComplaintQueries {

    @Transactional
    public Page<ComplaintView> list(Complaint.Status status, PageRequest page, Caller caller) {
        boolean supervisor = caller.is(Roles.SUPERVISOR);
        String department = supervisor ? null : caller.requireDepartment();
        String within = supervisor ? Jurisdictions.likePattern(caller.requireJurisdiction()) : null;
        var query = Complaint.<Complaint>find("(?1 is null or department = ?1) and (?2 is null or status = ?2)"
                + " and (?3 is null or jurisdiction like ?3) order by receivedOn desc", department, status, within);
        return Page.of(query, page).map(ComplaintView::of);
    }
}
