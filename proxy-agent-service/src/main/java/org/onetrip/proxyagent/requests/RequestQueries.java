package org.onetrip.proxyagent.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

import java.util.UUID;

/** Requests as the actor may see them: an agent their own, a clerk their town's. */
@ApplicationScoped
public class RequestQueries {
    private final RequestService requests;
    private final WorkingDayCalendar calendar;

    RequestQueries(RequestService requests, WorkingDayCalendar calendar) {
        this.requests = requests;
        this.calendar = calendar;
    }

    /** Newest first, filtered by status and (for a clerk) village. */
    @Transactional
    public Page<RequestView> list(RequestStatus status, String village, PageRequest page, RequestService.Actor actor) {
        var query = actor.agent() != null
                ? ProxyRequest.<ProxyRequest>find("agentId = ?1 and (?2 is null or status = ?2) order by requestedAt desc",
                actor.agent().id, status)
                : ProxyRequest.<ProxyRequest>find("town = ?1 and (?2 is null or status = ?2) and (?3 is null or village = ?3)"
                + " order by requestedAt desc", actor.town(), status, village);
        return Page.of(query, page).map(RequestView::of);
    }

    /** Assigned requests of the clerk's town whose first contact is past due. */
    @Transactional
    public Page<RequestView> overdueContacts(PageRequest page, RequestService.Actor clerk) {
        var query = ProxyRequest.<ProxyRequest>find("town = ?1 and status = ?2 and firstContactDue < ?3 order by firstContactDue",
                clerk.town(), RequestStatus.ASSIGNED, calendar.today());
        return Page.of(query, page).map(RequestView::of);
    }

    @Transactional
    public RequestView get(UUID id, RequestService.Actor actor) {
        return RequestView.of(requests.visible(id, actor));
    }
}
