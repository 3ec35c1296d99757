package org.onetrip.proxyagent.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The agent network's figures for a clerk's jurisdiction: requests and visit notes grouped by agent, village or town. */
@ApplicationScoped
public class FiguresQueries {
    public enum By { agent, village, town }

    /** One group's figures; the average times are in hours, null when nothing was measured. */
    public record Row(String key, long requests, long open, long closed, long cancelled, Double hoursToFirstContact,
                      Double hoursToDelivery, long zeroTripDeliveries, long visitNotes) {
    }

    public record ItemCount(String itemCode, String itemName, long requests) {
    }

    public record Figures(String jurisdiction, LocalDate from, LocalDate to, By by, List<Row> rows, List<ItemCount> perItem) {
    }

    private static final Map<By, String> REQUEST_KEY = Map.of(By.agent, "coalesce(cast(r.agent_id as text), '-')",
            By.village, "r.village", By.town, "r.town");
    private static final Map<By, String> NOTE_KEY = Map.of(By.agent, "coalesce(cast(n.agent_id as text), '-')",
            By.village, "n.village", By.town, "n.town");

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;

    FiguresQueries(EntityManager entityManager, WorkingDayCalendar calendar) {
        this.entityManager = entityManager;
        this.calendar = calendar;
    }

    /** Requests made from {@code from} to {@code to} (China time), the current year by default. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Figures figures(String jurisdiction, LocalDate from, LocalDate to, By by, Caller caller) {
        caller.requireCovering(Jurisdictions.requireValid("jurisdiction", jurisdiction));
        LocalDate start = from != null ? from : calendar.today().withDayOfYear(1);
        LocalDate end = to != null ? to : calendar.today();
        List<Object[]> requests = entityManager.createNativeQuery("""
                        select %s as k, count(*),
                               count(*) filter (where r.status not in ('REQUESTED', 'RESULT_DELIVERED', 'CLOSED', 'CANCELLED')),
                               count(*) filter (where r.status in ('RESULT_DELIVERED', 'CLOSED')),
                               count(*) filter (where r.status = 'CANCELLED'),
                               avg(extract(epoch from r.contacted_at - r.assigned_at) / 3600),
                               avg(extract(epoch from r.delivered_at - r.requested_at) / 3600),
                               count(*) filter (where r.delivered_at is not null and r.case_trips = 0)
                        from proxy_request r
                        where r.village like :prefix
                          and (r.requested_at at time zone 'Asia/Shanghai')::date between :start and :end
                        group by k order by k""".formatted(REQUEST_KEY.get(by)))
                .setParameter("prefix", Jurisdictions.likePattern(jurisdiction)).setParameter("start", start).setParameter("end", end)
                .getResultList();
        Map<String, Long> notes = new java.util.HashMap<>();
        ((List<Object[]>) entityManager.createNativeQuery("""
                        select %s as k, count(*) from visit_note n
                        where n.village like :prefix and n.visited_on between :start and :end group by k""".formatted(NOTE_KEY.get(by)))
                .setParameter("prefix", Jurisdictions.likePattern(jurisdiction)).setParameter("start", start).setParameter("end", end)
                .getResultList()).forEach(row -> notes.put((String) row[0], ((Number) row[1]).longValue()));
        List<Row> rows = new java.util.ArrayList<>(requests.stream().map(row -> new Row((String) row[0], n(row[1]), n(row[2]),
                n(row[3]), n(row[4]), hours(row[5]), hours(row[6]), n(row[7]), notes.getOrDefault((String) row[0], 0L))).toList());
        notes.keySet().stream().filter(k -> rows.stream().noneMatch(r -> r.key().equals(k)))
                .forEach(k -> rows.add(new Row(k, 0, 0, 0, 0, null, null, 0, notes.get(k))));
        List<ItemCount> perItem = ((List<Object[]>) entityManager.createNativeQuery("""
                        select r.item_code, max(r.item_name), count(*) from proxy_request r
                        where r.village like :prefix and (r.requested_at at time zone 'Asia/Shanghai')::date between :start and :end
                        group by r.item_code order by count(*) desc, r.item_code""")
                .setParameter("prefix", Jurisdictions.likePattern(jurisdiction)).setParameter("start", start).setParameter("end", end)
                .setMaxResults(100).getResultList()).stream()
                .map(row -> new ItemCount((String) row[0], (String) row[1], n(row[2]))).toList();
        return new Figures(jurisdiction, start, end, by, rows, perItem);
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private static Double hours(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }
}
