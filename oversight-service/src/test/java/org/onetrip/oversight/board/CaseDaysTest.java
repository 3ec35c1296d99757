package org.onetrip.oversight.board;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.OneTripTestResource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The counts PostgreSQL keeps per jurisdiction and day (case_day, V14) are the counts of the cases themselves, however
 * the cases were written: one by one, many in one statement, changed, completed, deleted, at China's day boundaries,
 * for every level above a case; and so are the counts kept per department and month (department_month, V15) and day
 * (department_day, V17). Checked against the cases counted directly, in one snapshot.
 */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class CaseDaysTest {
    private static final String[] CHANNELS = {"WINDOW", "PROXY", "ONLINE", "MOBILE", "DEPARTMENT_COUNTER"};
    /** A city of its own (no other test writes below 3398), with two districts, their towns and a village. */
    private static final String[] PLACES = {"339801001", "339801002", "339802001", "339801001201"};
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-02-26T00:00:00+08:00");

    @Inject
    EntityManager entityManager;

    @Test
    void theCountsKeptPerDayAreTheCountsOfTheCasesWhateverWroteThem() {
        Random random = new Random(20261206);
        for (int i = 0; i < 120; i++) {
            int n = i;
            QuarkusTransaction.requiringNew().run(() -> insert("CD-" + n, random));
        }
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into watched_case (number, item_code, item_name, jurisdiction, departments, channel, status, submitted_as,
                    submitted_at, accepted_on, due_date, completed_at, trips, commitment_due, last_event_at)
                select 'CD-BULK-' || g, 'X', 'x', (array['339801001', '339802001', '339801001201'])[g % 3 + 1],
                       (case g % 3 when 0 then '{CD-MZ,CD-RS}' when 1 then '{}' else '{CD-GA}' end)::text[],
                       (array['WINDOW', 'ONLINE', 'PROXY'])[g % 3 + 1], 'DELIVERED', 'clerk',
                       timestamptz '2026-02-28 15:30:00+00' + make_interval(hours => g), date '2026-03-01' + g / 24,
                       date '2026-03-04' + g % 5, timestamptz '2026-03-03 16:10:00+00' + make_interval(hours => g * 3), g % 3,
                       case when g % 4 = 0 then date '2026-03-05' end, now()
                from generate_series(1, 80) g""").executeUpdate());
        assertCountsMatch();

        for (int i = 0; i < 120; i += 3) {
            int n = i;
            QuarkusTransaction.requiringNew().run(() -> change("CD-" + n, random));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    update watched_case set trips = trips + 1, commitment_kept_at = completed_at,
                        jurisdiction = case when number like '%7' then '339801002' else jurisdiction end
                    where number like 'CD-BULK-%'""").executeUpdate();
            entityManager.createNativeQuery("update watched_case set status = 'ROUTED' where number like 'CD-1%'").executeUpdate();
            // Routed to one more department, completed or not: only the completed count for it.
            entityManager.createNativeQuery("update watched_case set departments = departments || 'CD-ZJ'::text where number like 'CD-%3'")
                    .executeUpdate();
            entityManager.createNativeQuery("delete from watched_case where number in ('CD-5', 'CD-BULK-9', 'CD-BULK-10')").executeUpdate();
        });
        assertCountsMatch();

        // And the figures read them: what the district's March shows is what its cases say, and its departments' ranking
        // over a period of days before a whole month and after it, and of a whole month and days after it, is what its
        // cases say.
        assertRankingCounted("2026-02-27", "2026-04-02");
        assertRankingCounted("2026-02-01", "2026-03-10");
        List<?> expected = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select count(*) from watched_case where jurisdiction like '339801%'
                  and (completed_at at time zone 'Asia/Shanghai')::date between date '2026-03-01' and date '2026-03-31'""")
                .getResultList());
        given().queryParam("jurisdiction", "339801").queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get("/api/v1/figures").then().statusCode(200)
                .body("casesCompleted", equalTo(((Number) expected.get(0)).intValue()));
    }

    @Test
    void theReviewCountsKeptPerDayAreTheCountsOfTheReviewsThatCount() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into review (id, case_number, round, rating, dimensions, reviewer, channel, jurisdiction, departments,
                                    reviewed_at, defaulted)
                select gen_random_uuid(), 'RD-' || g, 1,
                       (array['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED'])[g % 5 + 1],
                       '{}', case when g % 4 = 0 then 'system' else 'resident' end, 'WINDOW',
                       (array['339801001', '339802001', '339801001201'])[g % 3 + 1], '{}',
                       timestamptz '2026-02-28 15:30:00+00' + make_interval(hours => g * 5), g % 4 = 0
                from generate_series(1, 90) g""").executeUpdate());
        // Second ratings of some bad first ones, an upheld appeal, a corrected rating, a review removed.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    insert into review (id, case_number, round, rating, dimensions, reviewer, channel, jurisdiction, departments,
                                        reviewed_at)
                    select gen_random_uuid(), case_number, 2, 'SATISFIED', '{}', 'resident', 'WINDOW', jurisdiction, '{}',
                           reviewed_at + interval '3 days'
                    from review where case_number like 'RD-%' and rating = 'DISSATISFIED'""").executeUpdate();
            entityManager.createNativeQuery("update review set excluded = true where case_number in ('RD-4', 'RD-9')").executeUpdate();
            entityManager.createNativeQuery("update review set rating = 'SATISFIED' where case_number = 'RD-10'").executeUpdate();
            entityManager.createNativeQuery("delete from review where case_number = 'RD-11'").executeUpdate();
        });
        List<?> differences = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                with codes(code) as (values ('33'), ('3398'), ('339801'), ('339802'), ('339801001'), ('339802001'), ('339801001201')),
                counted as (
                    select code, (reviewed_at at time zone 'Asia/Shanghai')::date as day,
                           count(*) filter (where rating = 'VERY_SATISFIED') very_satisfied,
                           count(*) filter (where rating = 'SATISFIED') satisfied,
                           count(*) filter (where rating = 'BASICALLY_SATISFIED') basically_satisfied,
                           count(*) filter (where rating = 'DISSATISFIED') dissatisfied,
                           count(*) filter (where rating = 'VERY_DISSATISFIED') very_dissatisfied,
                           count(*) filter (where defaulted) defaulted
                    from codes, review where jurisdiction like code || '%' and not excluded
                    group by 1, 2),
                kept as (
                    select jurisdiction code, day, very_satisfied::bigint, satisfied::bigint, basically_satisfied::bigint,
                           dissatisfied::bigint, very_dissatisfied::bigint, defaulted::bigint
                    from review_day where jurisdiction in (select code from codes)
                      and (very_satisfied, satisfied, basically_satisfied, dissatisfied, very_dissatisfied, defaulted) <> (0, 0, 0, 0, 0, 0))
                select coalesce(c.code, k.code) || ' ' || coalesce(c.day, k.day) || ': counted ' || coalesce(row(c.*)::text, '-')
                       || ', kept ' || coalesce(row(k.*)::text, '-')
                from counted c full join kept k on k.code = c.code and k.day = c.day
                where row(c.*) is distinct from row(k.*)""").getResultList());
        assertThat(differences).isEmpty();

        // The figures: each case once, by its latest rating within the period (a first rating whose second one came
        // after the period still counts in it).
        List<?> latest = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select string_agg(rating || '=' || n, ', ' order by rating collate "C") from (
                    select rating, count(*) n from (
                        select distinct on (case_number) rating from review where jurisdiction like '339801%' and not excluded
                          and (reviewed_at at time zone 'Asia/Shanghai')::date between date '2026-03-02' and date '2026-03-12'
                        order by case_number, round desc) l
                    group by rating) r""").getResultList());
        Map<String, Integer> shown = given().queryParam("jurisdiction", "339801").queryParam("from", "2026-03-02")
                .queryParam("to", "2026-03-12").get("/api/v1/figures").then().statusCode(200).extract().jsonPath().getMap("reviews");
        assertThat(shown.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + "=" + e.getValue()).sorted()
                .collect(java.util.stream.Collectors.joining(", "))).isEqualTo(latest.get(0));
    }

    private void insert(String number, Random random) {
        OffsetDateTime submitted = START.plusMinutes(random.nextInt(60 * 24 * 20)).withOffsetSameInstant(ZoneOffset.UTC);
        boolean accepted = random.nextInt(10) > 0;
        boolean completed = accepted && random.nextBoolean();
        boolean committed = accepted && random.nextInt(4) == 0;
        entityManager.createNativeQuery("""
                        insert into watched_case (number, item_code, item_name, jurisdiction, departments, channel, status, submitted_as,
                            submitted_at, accepted_on, due_date, completed_at, trips, commitment_due, commitment_kept_at, last_event_at)
                        values (:number, 'X', 'x', :jurisdiction, cast(:departments as text[]), :channel, 'ROUTED', 'clerk', :submitted, :accepted, :due,
                                :completed, :trips, :commitmentDue, :kept, now())""")
                .setParameter("number", number)
                .setParameter("jurisdiction", PLACES[random.nextInt(PLACES.length)])
                .setParameter("departments", departments(random))
                .setParameter("channel", CHANNELS[random.nextInt(CHANNELS.length)])
                .setParameter("submitted", submitted)
                .setParameter("accepted", accepted ? submitted.toLocalDate().plusDays(random.nextInt(2)) : null)
                .setParameter("due", accepted ? submitted.toLocalDate().plusDays(3 + random.nextInt(5)) : null)
                .setParameter("completed", completed ? submitted.plusHours(12 + random.nextInt(24 * 9)) : null)
                .setParameter("trips", random.nextInt(3))
                .setParameter("commitmentDue", committed ? submitted.toLocalDate().plusDays(2 + random.nextInt(4)) : null)
                .setParameter("kept", committed && random.nextBoolean() ? submitted.plusHours(random.nextInt(24 * 7)) : null)
                .executeUpdate();
    }

    /** None, one or two of the test's departments. */
    private static String departments(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "{}";
            case 1 -> "{CD-MZ}";
            case 2 -> "{CD-RS,CD-MZ}";
            default -> "{CD-GA}";
        };
    }

    /** What later events do to a case: it is completed (or its completion corrected), travelled again, kept its word. */
    private void change(String number, Random random) {
        entityManager.createNativeQuery("""
                        update watched_case set completed_at = coalesce(accepted_on, submitted_at::date) + make_interval(hours => :hours),
                            trips = :trips, channel = :channel, commitment_kept_at = case when commitment_due is not null then now() end,
                            departments = cast(:departments as text[]), status = 'DELIVERED'
                        where number = :number""")
                .setParameter("hours", 6 + random.nextInt(24 * 6))
                .setParameter("trips", random.nextInt(3))
                .setParameter("channel", CHANNELS[random.nextInt(CHANNELS.length)])
                .setParameter("departments", departments(random))
                .setParameter("number", number)
                .executeUpdate();
    }

    /** The district 339801's departments as the figures rank them for {@code from}..{@code to}, and as its cases count them. */
    private void assertRankingCounted(String from, String to) {
        List<?> ranking = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select string_agg(d || ' ' || completed || ' ' || on_time, ', ' order by d) from (
                    select d, count(*) completed,
                           count(*) filter (where (completed_at at time zone 'Asia/Shanghai')::date <= due_date) on_time
                    from watched_case, unnest(departments) d where jurisdiction like '339801%'
                      and (completed_at at time zone 'Asia/Shanghai')::date between cast(:from as date) and cast(:to as date)
                    group by d) ranked""").setParameter("from", from).setParameter("to", to).getResultList());
        List<String> shown = given().queryParam("jurisdiction", "339801").queryParam("from", from).queryParam("to", to)
                .get("/api/v1/figures").then().statusCode(200)
                .extract().jsonPath().getList("departments.collect { it.code + ' ' + it.completed + ' ' + it.onTime }", String.class);
        assertThat(String.join(", ", shown.stream().sorted().toList())).as(from + ".." + to).isEqualTo(ranking.get(0));
    }

    /**
     * Every count of every jurisdiction at and above the test's places, on every day, taken from the cases directly (as the
     * figures counted them before) and from case_day, in one statement: no difference.
     */
    private void assertCountsMatch() {
        List<?> differences = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                with codes(code) as (values ('33'), ('3398'), ('339801'), ('339802'), ('339801001'), ('339801002'), ('339802001'),
                                            ('339801001201')),
                counted as (
                    select code, day, sum(submitted) submitted, sum(accepted) accepted, sum(tolerated) tolerated,
                           sum(kept) kept, sum(broken) broken, sum(completed) completed, sum(through_window) through_window,
                           sum(on_time) on_time, sum(zero_trip) zero_trip, sum(one_trip) one_trip, sum(by_window) by_window,
                           sum(by_proxy) by_proxy, sum(by_counter) by_counter, sum(by_online) by_online
                    from (
                        select code, (submitted_at at time zone 'Asia/Shanghai')::date as day, 1 submitted, 0 accepted, 0 tolerated,
                               0 kept, 0 broken, 0 completed, 0 through_window, 0 on_time, 0 zero_trip, 0 one_trip, 0 by_window,
                               0 by_proxy, 0 by_counter, 0 by_online
                        from codes, watched_case where jurisdiction like code || '%'
                        union all
                        select code, accepted_on, 0, 1, case when commitment_due is not null then 1 else 0 end, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
                        from codes, watched_case where jurisdiction like code || '%' and accepted_on is not null
                        union all
                        select code, commitment_due, 0, 0, 0,
                               case when (commitment_kept_at at time zone 'Asia/Shanghai')::date <= commitment_due then 1 else 0 end,
                               case when commitment_kept_at is null or (commitment_kept_at at time zone 'Asia/Shanghai')::date > commitment_due
                                    then 1 else 0 end, 0, 0, 0, 0, 0, 0, 0, 0, 0
                        from codes, watched_case where jurisdiction like code || '%' and commitment_due is not null
                        union all
                        select code, (completed_at at time zone 'Asia/Shanghai')::date, 0, 0, 0, 0, 0, 1,
                               case when channel in ('WINDOW', 'PROXY') then 1 else 0 end,
                               case when (completed_at at time zone 'Asia/Shanghai')::date <= due_date then 1 else 0 end,
                               case when trips = 0 then 1 else 0 end, case when trips <= 1 then 1 else 0 end,
                               case when channel = 'WINDOW' then 1 else 0 end, case when channel = 'PROXY' then 1 else 0 end,
                               case when channel = 'DEPARTMENT_COUNTER' then 1 else 0 end,
                               case when channel in ('ONLINE', 'MOBILE') then 1 else 0 end
                        from codes, watched_case where jurisdiction like code || '%' and completed_at is not null) each_count
                    group by code, day),
                kept as (
                    select jurisdiction code, day, submitted, accepted, tolerated, commitments_kept kept, commitments_broken broken,
                           completed, through_window, on_time, zero_trip, at_most_one_trip one_trip, by_window, by_proxy,
                           by_department_counter by_counter, by_online
                    from case_day where jurisdiction in (select code from codes)
                      and (submitted, accepted, tolerated, commitments_kept, commitments_broken, completed, through_window, on_time,
                           zero_trip, at_most_one_trip, by_window, by_proxy, by_department_counter, by_online)
                          <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                select coalesce(c.code, k.code) || ' ' || coalesce(c.day, k.day) || ': counted ' || coalesce(row(c.*)::text, '-')
                       || ', kept ' || coalesce(row(k.*)::text, '-')
                from counted c full join kept k on k.code = c.code and k.day = c.day
                where row(c.*) is distinct from row(k.*)""").getResultList());
        assertThat(differences).isEmpty();
        for (String unit : new String[] {"day", "month"}) {
            List<?> departmentDifferences = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                    with counted as (
                        select jurisdiction, d department, date_trunc('%1$s', completed_at at time zone 'Asia/Shanghai')::date as %1$s,
                               count(*) completed,
                               count(*) filter (where (completed_at at time zone 'Asia/Shanghai')::date <= due_date) on_time
                        from watched_case, unnest(departments) d where jurisdiction like '3398%%' and completed_at is not null
                        group by 1, 2, 3),
                    kept as (
                        select jurisdiction, department, %1$s, completed::bigint, on_time::bigint from department_%1$s
                        where jurisdiction like '3398%%' and (completed, on_time) <> (0, 0))
                    select coalesce(c.jurisdiction, k.jurisdiction) || ' ' || coalesce(c.department, k.department) || ' '
                           || coalesce(c.%1$s, k.%1$s) || ': counted ' || coalesce(row(c.*)::text, '-') || ', kept ' || coalesce(row(k.*)::text, '-')
                    from counted c full join kept k using (jurisdiction, department, %1$s)
                    where row(c.*) is distinct from row(k.*)""".formatted(unit)).getResultList());
            assertThat(departmentDifferences).as("department_" + unit).isEmpty();
        }
        List<?> kept = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select count(*) from case_day where jurisdiction = '339801001201'").getResultList());
        assertThat(((Number) kept.get(0)).longValue()).as("the village's own days are kept too").isPositive();
    }
}
