package org.onetrip.oversight.reviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

/** Rectifications as the caller may see them: an officer's department's, a supervisor's jurisdiction's. */
@ApplicationScoped
public class ReviewQueries {
    private final WorkingDayCalendar calendar;

    ReviewQueries(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** @param overdue only those whose callback or report is past due today */
    @Transactional
    public Page<RectificationView> rectifications(boolean overdue, PageRequest page, Caller caller) {
        boolean supervisor = caller.is(Roles.SUPERVISOR);
        var query = Rectification.of(supervisor ? null : caller.requireDepartment(), supervisor ? caller.requireJurisdiction() : null,
                overdue ? calendar.today() : null);
        return Page.of(query, page).map(RectificationView::of);
    }
}
