package org.onetrip.oversight.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.onetrip.oversight.board.Figures;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 党员评议: what a cadre (a proxy agent, a department, or one of its officers) did for the reform in a period,
 * counted from oversight's replicas of the events, within the supervisor's jurisdiction only.
 */
@ApplicationScoped
public class EvaluationQueries {

    /** The cadre's record for the period. {@code handled}: cases completed or proxy requests assigned. */
    public record Evaluation(Incident.CadreKind cadreKind, String cadre, LocalDate from, LocalDate to, long handled,
                             long onTime, BigDecimal onTimePercent, long delivered, long reviews, long badReviews,
                             long complaints, long visitNotes, long incidents, List<IncidentView> exemptIncidents) {
    }

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;

    EvaluationQueries(EntityManager entityManager, WorkingDayCalendar calendar) {
        this.entityManager = entityManager;
        this.calendar = calendar;
    }

    /** From {@code from} (the first of the year by default) to {@code to} (today by default). */
    @Transactional
    public Evaluation evaluate(Incident.CadreKind kind, String cadre, LocalDate from, LocalDate to, Caller caller) {
        if (kind == Incident.CadreKind.DEPARTMENT) {
            // A department's code begins with its jurisdiction's: only its supervisors evaluate it.
            caller.requireCovering(cadre.split("-", 2)[0]);
        }
        LocalDate end = to != null ? to : calendar.today();
        LocalDate start = from != null ? from : end.withDayOfYear(1);
        Object[] work = switch (kind) {
            case AGENT -> single(caller, """
                        select count(*),
                               count(*) filter (where contacted_at is not null and (contacted_at at time zone 'Asia/Shanghai')::date <= first_contact_due),
                               count(*) filter (where delivered_at is not null), 0, 0,
                               (select count(*) from complaint where cast(agent_id as text) = :cadre and jurisdiction like :within and received_on between :from and :to),
                               (select count(*) from watched_visit where cast(agent_id as text) = :cadre and village like :within and visited_on between :from and :to)
                        from watched_request where cast(agent_id as text) = :cadre and village like :within
                          and (requested_at at time zone 'Asia/Shanghai')::date between :from and :to""", cadre, start, end);
            case OFFICER -> single(caller, """
                        select count(*),
                               count(*) filter (where (completed_at at time zone 'Asia/Shanghai')::date <= due_date),
                               count(*) filter (where status = 'DELIVERED'),
                               (select count(*) from review where case_number in (select case_number from officer_action where officer = :cadre)
                                    and not excluded and jurisdiction like :within and (reviewed_at at time zone 'Asia/Shanghai')::date between :from and :to),
                               (select count(*) from review where case_number in (select case_number from officer_action where officer = :cadre)
                                    and not excluded and jurisdiction like :within and rating in ('DISSATISFIED', 'VERY_DISSATISFIED')
                                    and (reviewed_at at time zone 'Asia/Shanghai')::date between :from and :to),
                               (select count(*) from complaint where case_number in (select case_number from officer_action where officer = :cadre)
                                    and jurisdiction like :within and received_on between :from and :to),
                               0
                        from watched_case where number in (select case_number from officer_action where officer = :cadre) and jurisdiction like :within
                          and (completed_at at time zone 'Asia/Shanghai')::date between :from and :to""", cadre, start, end);
            case DEPARTMENT -> single(caller, """
                        select count(*),
                               count(*) filter (where (completed_at at time zone 'Asia/Shanghai')::date <= due_date),
                               count(*) filter (where status = 'DELIVERED'),
                               (select count(*) from review where :cadre = any(departments) and not excluded and jurisdiction like :within
                                    and (reviewed_at at time zone 'Asia/Shanghai')::date between :from and :to),
                               (select count(*) from review where :cadre = any(departments) and not excluded and jurisdiction like :within
                                    and rating in ('DISSATISFIED', 'VERY_DISSATISFIED')
                                    and (reviewed_at at time zone 'Asia/Shanghai')::date between :from and :to),
                               (select count(*) from complaint where department = :cadre and jurisdiction like :within and received_on between :from and :to),
                               0
                        from watched_case where :cadre = any(departments) and jurisdiction like :within
                          and (completed_at at time zone 'Asia/Shanghai')::date between :from and :to""", cadre, start, end);
        };
        List<Incident> incidents = Incident.list("cadreKind = ?1 and cadre = ?2 and occurredOn between ?3 and ?4"
                + " and jurisdiction like ?5 order by occurredOn", kind, cadre, start, end, Jurisdictions.likePattern(caller.requireJurisdiction()));
        long handled = n(work[0]);
        return new Evaluation(kind, cadre, start, end, handled, n(work[1]), Figures.percent(n(work[1]), handled, 1), n(work[2]),
                n(work[3]), n(work[4]), n(work[5]), n(work[6]), incidents.stream().filter(i -> !i.exempt).count(),
                incidents.stream().filter(i -> i.exempt).map(IncidentView::of).toList());
    }

    private Object[] single(Caller caller, String sql, String cadre, LocalDate from, LocalDate to) {
        return (Object[]) entityManager.createNativeQuery(sql).setParameter("cadre", cadre).setParameter("from", from)
                .setParameter("to", to).setParameter("within", Jurisdictions.likePattern(caller.requireJurisdiction()))
                .getSingleResult();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
