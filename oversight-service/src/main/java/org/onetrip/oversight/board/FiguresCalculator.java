package org.onetrip.oversight.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.onetrip.oversight.reviews.Rating;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.reference.ReferenceNames;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.transactions.PlannedPerCall;

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
    private final EntityManager entityManager;
    private final ReferenceNames names;

    FiguresCalculator(EntityManager entityManager, ReferenceNames names) {
        this.names = names;
        this.entityManager = entityManager;
    }

    /** The figures for {@code from}..{@code to} inclusive, China time; state figures as of the end of {@code to}. */
    @Transactional
    public Figures compute(String jurisdiction, LocalDate from, LocalDate to) {
        Jurisdictions.requireValid("jurisdiction", jurisdiction);
        // Planned for this jurisdiction and period: one plan cached for "any jurisdiction" cannot suit a town (its own
        // index part) and the province (the period's index) alike.
        PlannedPerCall.forThisTransaction(entityManager);
        Object[] items = single("""
                select count(*), count(*) filter (where reform_listed) from watched_item
                where jurisdiction like :prefix and published_at < :end and (withdrawn_at is null or withdrawn_at >= :end)""",
                jurisdiction, from, to);
        // The cases' counts are kept per jurisdiction and day as cases are written (case_day, V14): a province's year is
        // 365 rows, not the millions of cases in it (docs/performance.md, bench scenario 8).
        Object[] cases = single("""
                select coalesce(sum(submitted), 0), coalesce(sum(accepted), 0), coalesce(sum(completed), 0),
                       coalesce(sum(through_window), 0), coalesce(sum(on_time), 0), coalesce(sum(zero_trip), 0),
                       coalesce(sum(at_most_one_trip), 0), coalesce(sum(by_window), 0), coalesce(sum(by_proxy), 0),
                       coalesce(sum(by_department_counter), 0), coalesce(sum(by_online), 0),
                       coalesce(sum(tolerated), 0), coalesce(sum(commitments_kept), 0), coalesce(sum(commitments_broken), 0)
                from case_day where jurisdiction = :jurisdiction and day between :from and :to""", jurisdiction, from, to);
        Object[] alerts = single("""
                select count(*) filter (where kind = 'WARNING'), count(*) filter (where kind = 'BREACH')
                from alert where jurisdiction like :prefix and raised_on between :from and :to""", jurisdiction, from, to);
        Object[] requests = single("""
                select count(*) filter (where requested_at >= :start and requested_at < :end),
                       count(*) filter (where delivered_at >= :start and delivered_at < :end)
                from watched_request where village like :prefix
                  and (requested_at >= :start and requested_at < :end or delivered_at >= :start and delivered_at < :end)""",
                jurisdiction, from, to);
        // The reviews' counts are kept per jurisdiction and day (review_day, V16); a case rated again after its
        // rectification counts once, by its latest rating, so its first rating leaves the count when both are in the period.
        Object[] reviewed = single("""
                select coalesce(sum(very_satisfied), 0), coalesce(sum(satisfied), 0), coalesce(sum(basically_satisfied), 0),
                       coalesce(sum(dissatisfied), 0), coalesce(sum(very_dissatisfied), 0), coalesce(sum(defaulted), 0)
                from review_day where jurisdiction = :jurisdiction and day between :from and :to""", jurisdiction, from, to);
        Map<String, Long> reviews = new LinkedHashMap<>();
        Rating[] ratings = Rating.values(); // in the order of review_day's columns: the scale's
        for (int i = 0; i < ratings.length; i++) {
            reviews.put(ratings[i].name(), n(reviewed[i]));
        }
        rows("""
                select rating, count(*) from (
                    select distinct earlier.id, earlier.rating
                    from review later join review earlier on earlier.case_number = later.case_number and earlier.round < later.round
                    where later.round > 1 and later.jurisdiction like :prefix and not later.excluded
                      and later.reviewed_at >= :start and later.reviewed_at < :end
                      and earlier.jurisdiction like :prefix and not earlier.excluded
                      and earlier.reviewed_at >= :start and earlier.reviewed_at < :end) replaced
                group by rating""", jurisdiction, from, to)
                .forEach(row -> reviews.merge((String) row[0], -n(row[1]), Long::sum));
        // Rectifications are opened for bad first ratings alone.
        Object[] bad = single("""
                select count(*), count(rect.called_back_at), count(*) filter (where rect.status = 'VERIFIED')
                from review r left join rectification rect on rect.review_id = r.id
                where r.round = 1 and r.rating in ('DISSATISFIED', 'VERY_DISSATISFIED') and r.jurisdiction like :prefix
                  and not r.excluded and r.reviewed_at >= :start and r.reviewed_at < :end""", jurisdiction, from, to);
        Object[] rectifications = single("""
                select count(*) filter (where status not in ('VERIFIED', 'APPEAL_UPHELD') and opened_on <= :to),
                       count(*) filter (where status not in ('VERIFIED', 'APPEAL_UPHELD', 'APPEALED') and opened_on <= :to
                                        and ((called_back_at is null and callback_due < :to) or (reported_at is null and report_due < :to)))
                from rectification where jurisdiction like :prefix and status not in ('VERIFIED', 'APPEAL_UPHELD')""",
                jurisdiction, from, to);
        Object[] complaints = single("""
                select count(*) filter (where received_on between :from and :to),
                       count(*) filter (where closed_at >= :start and closed_at < :end)
                from complaint where jurisdiction like :prefix""", jurisdiction, from, to);
        // The departments' completions are kept per month (department_month, V15) and per day (department_day, V17): the
        // period's whole months from the one, the days before and after them from the other, so that a province's year is
        // a row a department and month and a few days' rows, never its cases.
        List<Figures.Rank> departments = ranked(rows("""
                select department, sum(completed), sum(on_time) from (
                    select department, completed, on_time from department_month
                    where jurisdiction like :prefix and month >= :monthsFrom and month < :monthsTo
                    union all
                    select department, completed, on_time from department_day
                    where jurisdiction like :prefix and (day >= :from and day < :monthsFrom or day >= :monthsTo and day <= :to)
                ) counted group by department""", jurisdiction, from, to));
        List<Figures.Rank> villages = ranked(rows("""
                select village, count(*), count(*) filter (where case_trips = 0)
                from watched_request where village like :prefix and delivered_at >= :start and delivered_at < :end
                group by village""", jurisdiction, from, to));
        Object[] hall = single("""
                select count(*) filter (where kind = 'CALLED'), coalesce(avg(wait_seconds) filter (where kind = 'CALLED'), 0),
                       coalesce(max(wait_seconds) filter (where kind = 'CALLED'), 0),
                       count(*) filter (where kind = 'NO_SHOW'), count(*) filter (where kind = 'MISSED')
                from hall_event where jurisdiction like :prefix and day between :from and :to""", jurisdiction, from, to);
        long completed = n(cases[2]);
        return new Figures(jurisdiction, names.nameOrCode(jurisdiction), from, to, n(items[0]), n(items[1]), Figures.percent(n(items[1]), n(items[0]), 2),
                n(cases[0]), n(cases[1]), completed, n(cases[3]), Figures.percent(n(cases[3]), completed, 1),
                new Figures.Channels(n(cases[7]), Figures.percent(n(cases[7]), completed, 1), n(cases[8]),
                        Figures.percent(n(cases[8]), completed, 1), n(cases[9]), Figures.percent(n(cases[9]), completed, 1),
                        n(cases[10]), Figures.percent(n(cases[10]), completed, 1)),
                n(cases[4]), Figures.percent(n(cases[4]), completed, 1), n(cases[5]), Figures.percent(n(cases[5]), completed, 1),
                n(cases[6]), Figures.percent(n(cases[6]), completed, 1), n(alerts[0]), n(alerts[1]), n(requests[0]),
                n(requests[1]), reviews, n(reviewed[5]), n(bad[0]), Figures.percent(n(bad[1]), n(bad[0]), 1),
                Figures.percent(n(bad[2]), n(bad[0]), 1),
                n(rectifications[0]), n(rectifications[1]), n(complaints[0]), n(complaints[1]),
                n(cases[11]), n(cases[12]), n(cases[13]), departments, villages,
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

    private Object[] single(String sql, String jurisdiction, LocalDate from, LocalDate to) {
        return (Object[]) query(sql, jurisdiction, from, to).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String jurisdiction, LocalDate from, LocalDate to) {
        return query(sql, jurisdiction, from, to).getResultList();
    }

    /**
     * Binds the parameters the query uses: the jurisdiction itself ({@code :jurisdiction}) or the pattern of it and
     * everything below it ({@code :prefix}); the period's days ({@code :from}, {@code :to}) for date columns, and for
     * times the instants its China days begin and end ({@code :start}, {@code :end}), compared as they are stored so
     * that an index on the column serves; the whole months within it ({@code :monthsFrom} to {@code :monthsTo}
     * exclusive).
     */
    private jakarta.persistence.Query query(String sql, String jurisdiction, LocalDate from, LocalDate to) {
        var query = entityManager.createNativeQuery(sql);
        LocalDate after = to.plusDays(1);
        // The whole months within the period; none (both the day after it) when it holds no whole month.
        LocalDate monthsFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate monthsTo = after.withDayOfMonth(1);
        if (!monthsFrom.isBefore(monthsTo)) {
            monthsFrom = after;
            monthsTo = after;
        }
        Map<String, Object> parameters = Map.of("jurisdiction", jurisdiction, "prefix", Jurisdictions.likePattern(jurisdiction),
                "from", from, "to", to, "start", startOf(from), "end", startOf(after),
                "monthsFrom", monthsFrom, "monthsTo", monthsTo);
        parameters.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    private static java.time.OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(WorkingDayCalendar.ZONE).toOffsetDateTime();
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
