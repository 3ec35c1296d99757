package org.onetrip.oversight.reviews;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.jpa.HibernateHints;
import org.onetrip.oversight.OversightConfig;
import org.onetrip.oversight.replica.WatchedCase;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.calendar.WorkingDays;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 好差评's default: a completed case its applicant has not rated within the period the practice sets
 * ({@code onetrip.oversight.default-rating-working-days} after completion) is rated by default
 * ({@code onetrip.oversight.default-rating}, 满意), recorded as a default so the figures tell it from a resident's word.
 */
@ApplicationScoped
public class DefaultRatings {
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

    /** Rates every case whose rating period is over and that has no rating; returns how many it rated. */
    public int give() {
        LocalDate today = calendar.today();
        WorkingDays days = calendar.days();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return QuarkusTransaction.requiringNew().call(() -> {
            // Working days are never fewer than calendar days: cases completed within that many days cannot be due yet.
            List<WatchedCase> unrated = WatchedCase.<WatchedCase>find("completedAt is not null and completedAt < ?1"
                            + " and status in ('COMPLETED', 'DELIVERED') and imported = false"
                            + " and not exists (from Review r where r.caseNumber = number)",
                    now.minusDays(afterWorkingDays)).withHint(HibernateHints.HINT_READ_ONLY, true).list();
            int rated = 0;
            for (WatchedCase c : unrated) {
                LocalDate completedOn = c.completedAt.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
                if (today.isAfter(days.plus(completedOn, afterWorkingDays))) {
                    rated += rate(c, now);
                }
            }
            return rated;
        });
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
