package org.onetrip.oversight.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.onetrip.oversight.reviews.Rating;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.reference.ReferenceNames;
import org.onetrip.platform.security.Jurisdictions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes {@link Figures} from the read models alone. Every time in them is the time the event says a
 * thing happened, never when oversight received it, so the same events give the same figures whenever
 * they are computed.
 */
@ApplicationScoped
public class FiguresCalculator {
    private static final String ZONE = "'Asia/Shanghai'";

    private final EntityManager entityManager;
    private final ReferenceNames names;

    FiguresCalculator(EntityManager entityManager, ReferenceNames names) {
        this.names = names;
        this.entityManager = entityManager;
    }

    /** The figures for {@code from}..{@code to} inclusive, China time; state figures as of the end of {@code to}. */
    @Transactional
    public Figures compute(String jurisdiction, LocalDate from, LocalDate to) {
        String prefix = Jurisdictions.likePattern(jurisdiction);
        // Planned for this jurisdiction and period: one plan cached for "any jurisdiction" cannot suit a town (its own
        // index part) and the province (the period's index) alike.
        entityManager.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
        Object[] items = single("""
                select count(*), count(*) filter (where reform_listed) from watched_item
                where jurisdiction like :prefix and published_at < :end and (withdrawn_at is null or withdrawn_at >= :end)""",
                prefix, from, to);
        // Each count reads only the cases of its own period through the index on its own column, never every case of the
        // jurisdiction: a province's three years are tens of millions of rows (docs/performance.md, bench scenario 8).
        long submitted = count("""
                select count(*) from watched_case where jurisdiction like :prefix and submitted_at >= :start and submitted_at < :end""",
                prefix, from, to);
        long accepted = count("""
                select count(*) from watched_case where jurisdiction like :prefix and accepted_on between :from and :to""",
                prefix, from, to);
        Object[] cases = single("""
                select count(*),
                       count(*) filter (where channel in ('WINDOW', 'PROXY')),
                       count(*) filter (where (completed_at at time zone %1$s)::date <= due_date),
                       count(*) filter (where trips = 0),
                       count(*) filter (where trips <= 1),
                       count(*) filter (where channel = 'WINDOW'),
                       count(*) filter (where channel = 'PROXY'),
                       count(*) filter (where channel = 'DEPARTMENT_COUNTER'),
                       count(*) filter (where channel in ('ONLINE', 'MOBILE'))
                from watched_case where jurisdiction like :prefix and completed_at >= :start and completed_at < :end"""
                .formatted(ZONE), prefix, from, to);
        Object[] alerts = single("""
                select count(*) filter (where kind = 'WARNING'), count(*) filter (where kind = 'BREACH')
                from alert where jurisdiction like :prefix and raised_on between :from and :to""", prefix, from, to);
        Object[] requests = single("""
                select count(*) filter (where requested_at >= :start and requested_at < :end),
                       count(*) filter (where delivered_at >= :start and delivered_at < :end)
                from watched_request where village like :prefix
                  and (requested_at >= :start and requested_at < :end or delivered_at >= :start and delivered_at < :end)""",
                prefix, from, to);
        Map<String, Long> reviews = new LinkedHashMap<>();
        for (Rating rating : Rating.values()) {
            reviews.put(rating.name(), 0L);
        }
        // A case rated again after its rectification counts once, by its latest rating.
        rows("""
                select rating, count(*) from (
                    select distinct on (case_number) rating from review where jurisdiction like :prefix and not excluded
                      and reviewed_at >= :start and reviewed_at < :end order by case_number, round desc) latest
                group by rating""", prefix, from, to)
                .forEach(row -> reviews.put((String) row[0], n(row[1])));
        Object[] rated = single("""
                select count(*) filter (where r.defaulted),
                       count(*) filter (where r.round = 1 and r.rating in ('DISSATISFIED', 'VERY_DISSATISFIED')),
                       count(*) filter (where rect.called_back_at is not null),
                       count(*) filter (where rect.status = 'VERIFIED')
                from review r left join rectification rect on rect.review_id = r.id
                where r.jurisdiction like :prefix and not r.excluded and r.reviewed_at >= :start and r.reviewed_at < :end""",
                prefix, from, to);
        Object[] rectifications = single("""
                select count(*) filter (where status not in ('VERIFIED', 'APPEAL_UPHELD') and opened_on <= :to),
                       count(*) filter (where status not in ('VERIFIED', 'APPEAL_UPHELD', 'APPEALED') and opened_on <= :to
                                        and ((called_back_at is null and callback_due < :to) or (reported_at is null and report_due < :to)))
                from rectification where jurisdiction like :prefix""", prefix, from, to);
        // 容缺受理: cases accepted on a commitment in the period; commitments due in it, kept by their day or not.
        Object[] commitments = single("""
                select count(*) filter (where accepted_on between :from and :to),
                       count(*) filter (where commitment_due between :from and :to
                                        and (commitment_kept_at at time zone %1$s)::date <= commitment_due),
                       count(*) filter (where commitment_due between :from and :to
                                        and (commitment_kept_at is null or (commitment_kept_at at time zone %1$s)::date > commitment_due))
                from watched_case where jurisdiction like :prefix and commitment_due is not null
                  and (accepted_on between :from and :to or commitment_due between :from and :to)""".formatted(ZONE), prefix, from, to);
        Object[] complaints = single("""
                select count(*) filter (where received_on between :from and :to),
                       count(*) filter (where closed_at >= :start and closed_at < :end)
                from complaint where jurisdiction like :prefix""", prefix, from, to);
        List<Figures.Rank> departments = ranked(rows("""
                select d, count(*), count(*) filter (where (completed_at at time zone %1$s)::date <= due_date)
                from watched_case, unnest(departments) d
                where jurisdiction like :prefix and completed_at >= :start and completed_at < :end
                group by d""".formatted(ZONE), prefix, from, to));
        List<Figures.Rank> villages = ranked(rows("""
                select village, count(*), count(*) filter (where case_trips = 0)
                from watched_request where village like :prefix and delivered_at >= :start and delivered_at < :end
                group by village""", prefix, from, to));
        Object[] hall = single("""
                select count(*) filter (where kind = 'CALLED'), coalesce(avg(wait_seconds) filter (where kind = 'CALLED'), 0),
                       coalesce(max(wait_seconds) filter (where kind = 'CALLED'), 0),
                       count(*) filter (where kind = 'NO_SHOW'), count(*) filter (where kind = 'MISSED')
                from hall_event where jurisdiction like :prefix and day between :from and :to""", prefix, from, to);
        long completed = n(cases[0]);
        return new Figures(jurisdiction, names.nameOrCode(jurisdiction), from, to, n(items[0]), n(items[1]), Figures.percent(n(items[1]), n(items[0]), 2),
                submitted, accepted, completed, n(cases[1]), Figures.percent(n(cases[1]), completed, 1),
                new Figures.Channels(n(cases[5]), Figures.percent(n(cases[5]), completed, 1), n(cases[6]),
                        Figures.percent(n(cases[6]), completed, 1), n(cases[7]), Figures.percent(n(cases[7]), completed, 1),
                        n(cases[8]), Figures.percent(n(cases[8]), completed, 1)),
                n(cases[2]), Figures.percent(n(cases[2]), completed, 1), n(cases[3]), Figures.percent(n(cases[3]), completed, 1),
                n(cases[4]), Figures.percent(n(cases[4]), completed, 1), n(alerts[0]), n(alerts[1]), n(requests[0]),
                n(requests[1]), reviews, n(rated[0]), n(rated[1]), Figures.percent(n(rated[2]), n(rated[1]), 1),
                Figures.percent(n(rated[3]), n(rated[1]), 1),
                n(rectifications[0]), n(rectifications[1]), n(complaints[0]), n(complaints[1]),
                n(commitments[0]), n(commitments[1]), n(commitments[2]), departments, villages,
                new Figures.Hall(n(hall[0]), new BigDecimal(hall[1].toString()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP), n(hall[2]) / 60, n(hall[3]), n(hall[4])));
    }

    /** Highest share first, then most completed, then by code: the same order every time; named as the catalogue names them. */
    private List<Figures.Rank> ranked(List<Object[]> rows) {
        Map<String, String> named = names.names(rows.stream().map(row -> (String) row[0]).toList());
        List<Object[]> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> {
            int byShare = Figures.percent(n(b[2]), n(b[1]), 1).compareTo(Figures.percent(n(a[2]), n(a[1]), 1));
            if (byShare != 0) {
                return byShare;
            }
            int byCount = Long.compare(n(b[1]), n(a[1]));
            return byCount != 0 ? byCount : ((String) a[0]).compareTo((String) b[0]);
        });
        List<Figures.Rank> ranks = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Object[] row = sorted.get(i);
            String code = (String) row[0];
            ranks.add(new Figures.Rank(i + 1, code, named.getOrDefault(code, code), n(row[1]), n(row[2]), Figures.percent(n(row[2]), n(row[1]), 1)));
        }
        return ranks;
    }

    private Object[] single(String sql, String prefix, LocalDate from, LocalDate to) {
        return (Object[]) query(sql, prefix, from, to).getSingleResult();
    }

    private long count(String sql, String prefix, LocalDate from, LocalDate to) {
        return n(query(sql, prefix, from, to).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String prefix, LocalDate from, LocalDate to) {
        return query(sql, prefix, from, to).getResultList();
    }

    /**
     * Binds the period's parameters the query uses: its days ({@code :from}, {@code :to}) for date columns, and for
     * times the instants its China days begin and end ({@code :start}, {@code :end}), compared as they are stored so
     * that an index on the column serves.
     */
    private jakarta.persistence.Query query(String sql, String prefix, LocalDate from, LocalDate to) {
        var query = entityManager.createNativeQuery(sql).setParameter("prefix", prefix);
        Map<String, Object> period = Map.of("from", from, "to", to,
                "start", from.atStartOfDay(WorkingDayCalendar.ZONE).toOffsetDateTime(),
                "end", to.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toOffsetDateTime());
        period.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
