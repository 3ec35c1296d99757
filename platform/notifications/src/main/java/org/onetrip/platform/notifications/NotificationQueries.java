package org.onetrip.platform.notifications;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

/** The record of what residents were told, for the staff of the jurisdictions it concerns. */
@ApplicationScoped
public class NotificationQueries {

    /** Newest first, within the caller's jurisdiction, optionally of one case or appointment; addresses masked. */
    @Transactional
    public Page<NotificationView> list(String reference, PageRequest page, Caller caller) {
        String within = Jurisdictions.likePattern(caller.requireJurisdiction());
        var query = reference == null
                ? Notification.find("jurisdiction like ?1", Sort.descending("createdAt").and("id"), within)
                : Notification.find("jurisdiction like ?1 and reference = ?2", Sort.descending("createdAt").and("id"), within, reference);
        return Page.of(query.<Notification>page(page.page, page.size), page).map(NotificationView::of);
    }
}
