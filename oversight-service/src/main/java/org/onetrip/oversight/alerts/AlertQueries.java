package org.onetrip.oversight.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

/** Alerts as the caller may see them: a supervisor their jurisdiction's and below, an officer their department's. */
@ApplicationScoped
public class AlertQueries {

    /** Newest first, filtered by kind, jurisdiction (and below), department and item where given. */
    @Transactional
    public Page<AlertView> list(Alert.Kind kind, String jurisdiction, String department, String item, PageRequest page,
                                Caller caller) {
        boolean supervisor = caller.is(Roles.SUPERVISOR);
        String dept = supervisor ? department : caller.requireDepartment();
        // A supervisor oversees their jurisdiction and below; an officer's department is scope enough.
        String within = Jurisdictions.requireValid("jurisdiction", jurisdiction);
        if (supervisor) {
            within = within == null ? caller.requireJurisdiction() : within;
            caller.requireCovering(within);
        }
        var query = Alert.<Alert>find("(?1 is null or kind = ?1) and (?2 is null or jurisdiction like ?2) and (?3 is null or department = ?3)"
                        + " and (?4 is null or itemCode = ?4) order by raisedAt desc",
                kind, within == null ? null : Jurisdictions.likePattern(within), dept, item);
        return Page.of(query, page).map(AlertView::of);
    }
}
