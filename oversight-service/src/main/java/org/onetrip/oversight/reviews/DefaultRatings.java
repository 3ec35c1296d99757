package org.onetrip.oversight.reviews;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.onetrip.oversight.OversightConfig;
import org.onetrip.oversight.replica.WatchedCase;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.calendar.WorkingDays;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 好差评's default: a completed case its applicant has not rated within the period the practice sets
 * ({@code onetrip.oversight.default-rating-working-days} after completion) is rated by default
 * ({@code onetrip.oversight.default-rating}, 满意), recorded as a default so the figures tell it from a resident's word.
 */
@ApplicationScoped
public class DefaultRatings {
    private static final int BATCH = 500;
    private static final Set<String> RATED_STATUSES = Set.of("COMPLETED", "DELIVERED");

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final int afterWorkingDays;
    private final Rating rating;

    DefaultRatings(EntityManager entityManager, WorkingDayCalendar calendar, Clock clock, OversightConfig config) {
        this.entityManager = entityManager;
        this.calendar = calendar;
        this.clock = clock;
        this.afterWorkingDays = config.defaultRatingWorkingDays();
        this.rating = config.defaultRating();
    }

    @Scheduled(every = "${onetrip.oversight.watch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        give();
    }

    /**
     * Rates every case whose rating period is over and that has no rating; returns how many it rated. Reads only the
     * cases waiting for a rating whose period is over, a batch at a time, each batch in its own transaction.
     */
    public int give() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime cutoff = firstDayStillRunning().atStartOfDay(WorkingDayCalendar.ZONE).toOffsetDateTime();
        int rated = 0;
        int read;
        do {
            int[] batch = QuarkusTransaction.requiringNew().call(() -> rateBatch(cutoff, now));
            rated += batch[0];
            read = batch[1];
        } while (read == BATCH);
        return rated;
    }

    /** A case enters the wait for a rating once it is applied completed (not one imported from a town's old system). */
    public void awaitRating(WatchedCase c) {
        if (c.completedAt == null || c.imported || !RATED_STATUSES.contains(c.status)) {
            return;
        }
        entityManager.createNativeQuery("""
                        insert into awaiting_rating (case_number, completed_at)
                        select :number, :completed where not exists (select 1 from review where case_number = :number)
                        on conflict (case_number) do update set completed_at = excluded.completed_at""")
                .setParameter("number", c.number).setParameter("completed", c.completedAt).executeUpdate();
    }

    /** A rating was recorded: the case waits no longer. */
    void rated(String caseNumber) {
        entityManager.createNativeQuery("delete from awaiting_rating where case_number = :number")
                .setParameter("number", caseNumber).executeUpdate();
    }

    /** @return how many it rated and how many waiting cases it read */
    @SuppressWarnings("unchecked")
    private int[] rateBatch(OffsetDateTime cutoff, OffsetDateTime now) {
        List<String> due = entityManager.createNativeQuery("select case_number from awaiting_rating where completed_at < :cutoff"
                + " order by completed_at limit " + BATCH).setParameter("cutoff", cutoff).getResultList();
        int rated = 0;
        for (WatchedCase c : WatchedCase.<WatchedCase>list("number in ?1", due)) {
            if (RATED_STATUSES.contains(c.status) && !c.imported) {
                rated += rate(c, now);
            }
        }
        due.forEach(this::rated);
        return new int[] {rated, due.size()};
    }

    /**
     * The first completion day whose rating period is not over today: every case completed before it is due its
     * default (the period is counted in working days after the completion day).
     */
    private LocalDate firstDayStillRunning() {
        LocalDate today = calendar.today();
        WorkingDays days = calendar.days();
        LocalDate day = today.minusDays(afterWorkingDays); // working days are never fewer than calendar days
        while (!today.isAfter(days.plus(day.minusDays(1), afterWorkingDays))) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The applicant rating at this moment, or another replica rating it too, wins: the default then is not given. */
    private int rate(WatchedCase c, OffsetDateTime now) {
        return entityManager.createNativeQuery("""
                        insert into review (id, case_number, round, rating, dimensions, reviewer, channel, evaluates, defaulted,
                                            jurisdiction, departments, reviewed_at)
                        values (:id, :number, 1, :rating, '{}'::jsonb, 'system', :channel, 'CASE', true, :jurisdiction,
                                :departments, :at)
                        on conflict (case_number, round) do nothing""")
                .setParameter("id", UUID.randomUUID()).setParameter("number", c.number).setParameter("rating", rating.name())
                .setParameter("channel", c.channel).setParameter("jurisdiction", c.jurisdiction)
                .setParameter("departments", c.departments).setParameter("at", now).executeUpdate();
    }
}
