package org.onetrip.proxyagent.visits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

import java.time.LocalDate;
import java.util.List;

/** The archive of visit notes, searched within the caller's area. */
@ApplicationScoped
public class VisitNoteQueries {

    /** By village (or town) prefix, topic and period, newest first. */
    @Transactional
    public Page<VisitNoteView> search(String jurisdiction, String topic, LocalDate from, LocalDate to, PageRequest page,
                                      Caller caller) {
        String area = VisitNoteService.area(caller);
        String within = jurisdiction == null ? area : Jurisdictions.requireValid("jurisdiction", jurisdiction);
        if (!Jurisdictions.covers(area, within)) {
            throw new ProblemException(ProblemKind.FORBIDDEN, "forbidden");
        }
        StringBuilder where = new StringBuilder("village like :prefix");
        var params = new java.util.HashMap<String, Object>();
        params.put("prefix", Jurisdictions.likePattern(within));
        if (topic != null) {
            where.append(" and :topic = any(topics)");
            params.put("topic", topic);
        }
        if (from != null) {
            where.append(" and visited_on >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and visited_on <= :to");
            params.put("to", to);
        }
        var em = VisitNote.getEntityManager();
        var select = em.createNativeQuery("select * from visit_note where " + where + " order by visited_on desc, id", VisitNote.class);
        var count = em.createNativeQuery("select count(*) from visit_note where " + where);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<VisitNote> notes = select.setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList();
        return new Page<>(notes, page.page, page.size, ((Number) count.getSingleResult()).longValue()).map(VisitNoteView::of);
    }
}
