package org.onetrip.intake.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.security.Jurisdictions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The window's figures for a jurisdiction (and everything below it) and a period, as the bulletin
 * reports them: e.g. 188 of 193 completed cases through the integrated window, 97.4%.
 */
@ApplicationScoped
public class FiguresQueries {

    /**
     * Counts of cases submitted in the period. The window share is the completed cases that came through
     * the integrated window (at the counter or through a proxy agent) among all completed cases.
     */
    public record Figures(String jurisdiction, LocalDate from, LocalDate to, long submitted, long accepted,
                          long notAccepted, long completed, long completedThroughWindow, BigDecimal windowPercent,
                          long completedOnTime, BigDecimal onTimePercent, long zeroTrip, BigDecimal zeroTripPercent,
                          long atMostOneTrip, BigDecimal atMostOneTripPercent, Channels channels, List<ItemTrips> perItem) {
    }

    /**
     * Completed cases by how they came in, each with its share of all completed: at the integrated window, through a
     * proxy agent (who brings it to the window: both count as 一窗受理), at a department's own counter (分散受理), online
     * or by mobile.
     */
    public record Channels(long window, BigDecimal windowPercent, long proxy, BigDecimal proxyPercent, long departmentCounter,
                           BigDecimal departmentCounterPercent, long online, BigDecimal onlinePercent) {
    }

    /**
     * Promised and actual trips of one item's completed cases: what the guide promised (of the version each case was
     * judged by: the largest, where versions differ), the average actually made, and how many cases took more.
     */
    public record ItemTrips(String itemCode, String itemName, Integer promisedTrips, long completed, BigDecimal averageTrips,
                            long overPromise) {
    }

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;

    FiguresQueries(EntityManager entityManager, WorkingDayCalendar calendar) {
        this.entityManager = entityManager;
        this.calendar = calendar;
    }

    /** For cases submitted from {@code from} to {@code to} (inclusive, China time); the current year by default. */
    @Transactional
    public Figures figures(String jurisdiction, LocalDate from, LocalDate to) {
        Jurisdictions.requireValid("jurisdiction", jurisdiction);
        LocalDate start = from != null ? from : calendar.today().withDayOfYear(1);
        LocalDate end = to != null ? to : calendar.today();
        if (end.isBefore(start)) {
            throw ProblemException.invalid(List.of(new ProblemException.FieldViolation("to", "figures.period")));
        }
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select count(*),
                               count(*) filter (where accepted_at is not null),
                               count(*) filter (where status = 'NOT_ACCEPTED'),
                               count(*) filter (where completed_at is not null),
                               count(*) filter (where completed_at is not null and channel in ('WINDOW', 'PROXY')),
                               count(*) filter (where completed_at is not null
                                   and (completed_at at time zone 'Asia/Shanghai')::date <= due_date),
                               count(*) filter (where completed_at is not null and trips = 0),
                               count(*) filter (where completed_at is not null and trips <= 1),
                               count(*) filter (where completed_at is not null and channel = 'WINDOW'),
                               count(*) filter (where completed_at is not null and channel = 'PROXY'),
                               count(*) filter (where completed_at is not null and channel = 'DEPARTMENT_COUNTER'),
                               count(*) filter (where completed_at is not null and channel in ('ONLINE', 'MOBILE'))
                        from intake_case
                        where jurisdiction like :jurisdiction
                          and (submitted_at at time zone 'Asia/Shanghai')::date between :start and :end""")
                .setParameter("jurisdiction", Jurisdictions.likePattern(jurisdiction)).setParameter("start", start).setParameter("end", end)
                .getSingleResult();
        long completed = n(row[3]);
        return new Figures(jurisdiction, start, end, n(row[0]), n(row[1]), n(row[2]), completed, n(row[4]),
                percent(n(row[4]), completed), n(row[5]), percent(n(row[5]), completed), n(row[6]),
                percent(n(row[6]), completed), n(row[7]), percent(n(row[7]), completed),
                new Channels(n(row[8]), percent(n(row[8]), completed), n(row[9]), percent(n(row[9]), completed),
                        n(row[10]), percent(n(row[10]), completed), n(row[11]), percent(n(row[11]), completed)),
                perItem(jurisdiction, start, end));
    }

    @SuppressWarnings("unchecked")
    private List<ItemTrips> perItem(String jurisdiction, LocalDate start, LocalDate end) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select c.item_code, max(c.item_name), max((p.requirements ->> 'trips')::int), count(*), avg(c.trips),
                               count(*) filter (where c.trips > coalesce((p.requirements ->> 'trips')::int, 1))
                        from intake_case c left join published_item p on p.code = c.item_code and p.version = c.item_version
                        where c.completed_at is not null and c.jurisdiction like :jurisdiction
                          and (c.submitted_at at time zone 'Asia/Shanghai')::date between :start and :end
                        group by c.item_code order by c.item_code""")
                .setParameter("jurisdiction", Jurisdictions.likePattern(jurisdiction)).setParameter("start", start).setParameter("end", end)
                .getResultList();
        return rows.stream().map(r -> new ItemTrips((String) r[0], (String) r[1], r[2] == null ? null : ((Number) r[2]).intValue(),
                n(r[3]), new BigDecimal(r[4].toString()).setScale(2, RoundingMode.HALF_UP), n(r[5]))).toList();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    /** One decimal, as the bulletin prints it (188/193 → 97.4). */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
