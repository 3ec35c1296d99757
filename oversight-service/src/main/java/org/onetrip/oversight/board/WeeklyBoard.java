package org.onetrip.oversight.board;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Jurisdictions;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * 周三上墙日: every Wednesday, for each town and the district, the report of the week before (Monday to
 * Sunday) is made once and kept unchanged. Any past week can be made again from the events and gives
 * the same figures.
 */
@ApplicationScoped
public class WeeklyBoard {
    private final FiguresCalculator calculator;
    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ObjectMapper json;

    WeeklyBoard(FiguresCalculator calculator, EntityManager entityManager, WorkingDayCalendar calendar, Clock clock,
                ObjectMapper json) {
        this.json = json;
        this.calculator = calculator;
        this.entityManager = entityManager;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Scheduled(cron = "${onetrip.oversight.board-cron:0 0 9 ? * WED}", timeZone = "${onetrip.oversight.board-time-zone:Asia/Shanghai}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void wednesday() {
        LocalDate lastMonday = calendar.today().with(TemporalAdjusters.previous(DayOfWeek.MONDAY)).minusWeeks(
                calendar.today().getDayOfWeek() == DayOfWeek.MONDAY ? 0 : 1);
        jurisdictions(lastMonday).forEach(j -> make(j, lastMonday));
    }

    /**
     * The week's report, made now if it does not exist yet; an existing one is never changed. A week still running
     * cannot be frozen (409): its figures would be posted before its Sunday.
     */
    public WeeklyReport make(String jurisdiction, LocalDate weekStart) {
        LocalDate monday = weekStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (!monday.plusDays(6).isBefore(calendar.today())) {
            throw new ProblemException(ProblemKind.CONFLICT, "board.week-not-over", monday, monday.plusDays(6));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            WeeklyReport existing = WeeklyReport.findById(new WeeklyReport.Key(jurisdiction, monday));
            if (existing != null) {
                return existing;
            }
            Figures figures = calculator.compute(jurisdiction, monday, monday.plusDays(6));
            // Another replica may make the same report at the same moment: the first one stays.
            entityManager.createNativeQuery("insert into weekly_report (jurisdiction, week_start, figures, made_at) "
                            + "values (:j, :w, cast(:f as jsonb), :at) on conflict do nothing")
                    .setParameter("j", jurisdiction).setParameter("w", monday)
                    .setParameter("f", json.writeValueAsString(figures))
                    .setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
            entityManager.clear();
            return WeeklyReport.<WeeklyReport>findById(new WeeklyReport.Key(jurisdiction, monday));
        });
    }

    /** A report made before, or a 404: a week's board is only posted once it is made. */
    @Transactional
    public WeeklyReport posted(String jurisdiction, LocalDate weekStart) {
        Jurisdictions.requireValid("jurisdiction", jurisdiction);
        WeeklyReport report = WeeklyReport.findById(new WeeklyReport.Key(jurisdiction, weekStart));
        if (report == null) {
            throw ProblemException.notFound("entity.weekly-report", jurisdiction + " " + weekStart);
        }
        return report;
    }

    /**
     * The districts and every town that has items, or cases in the week (from the day counts, which hold a row for a
     * town on each day it had one: not every case the province ever had).
     */
    @SuppressWarnings("unchecked")
    List<String> jurisdictions(LocalDate monday) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select distinct j from (
                    select substr(jurisdiction, 1, 9) j from watched_item where length(jurisdiction) >= 9
                    union select substr(jurisdiction, 1, 6) from watched_item
                    union select jurisdiction from case_day where length(jurisdiction) = 9 and day between :monday and :sunday) js
                order by j""").setParameter("monday", monday).setParameter("sunday", monday.plusDays(6)).getResultList());
    }
}
