package org.onetrip.oversight.alerts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onetrip.oversight.Events;
import org.onetrip.oversight.replica.WatchedCase;
import org.onetrip.platform.testing.EventSchemas;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestClock;
import org.onetrip.platform.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/** Warnings at 80% of the working days, breaches past the due date, a suspension moving both, once per replica set. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class DeadlineWatchTest {
    private static final String TOWN = "330109013";

    @Inject
    DeadlineWatch watch;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aWarningAtEightyPercentAndABreachAfterTheDueDate() {
        // Accepted Monday 2 March 2026 with 5 working days: due Monday 9 March; 80% (4 days) is Friday 6 March.
        String number = accepted(LocalDate.of(2026, 3, 2), 5, LocalDate.of(2026, 3, 9));
        assertThat(alertsOn(number, LocalDate.of(2026, 3, 5))).isEmpty();
        assertThat(alertsOn(number, LocalDate.of(2026, 3, 6))).containsExactly(Alert.Kind.WARNING);
        assertThat(alertsOn(number, LocalDate.of(2026, 3, 9))).containsExactly(Alert.Kind.WARNING);
        assertThat(alertsOn(number, LocalDate.of(2026, 3, 10))).containsExactlyInAnyOrder(Alert.Kind.WARNING, Alert.Kind.BREACH);
    }

    @Test
    void aSuspensionPausesTheClock() {
        String number = accepted(LocalDate.of(2026, 3, 2), 5, LocalDate.of(2026, 3, 9));
        Events.caseEvent("suspended", number, TOWN, "SUSPENDED", "WINDOW", LocalDate.of(2026, 3, 2), 5,
                LocalDate.of(2026, 3, 9), 0, Events.at(LocalDate.of(2026, 3, 3)), Map.of("suspendedOn", "2026-03-03"));
        awaitStatus(number, "SUSPENDED");
        assertThat(alertsOn(number, LocalDate.of(2026, 3, 10))).as("nothing while suspended").isEmpty();
        // Resumed on Friday 6 March: three working days stood still, so due 12 March and warning day 11 March.
        Events.caseEvent("resumed", number, TOWN, "IN_PROGRESS", "WINDOW", LocalDate.of(2026, 3, 2), 5,
                LocalDate.of(2026, 3, 12), 0, Events.at(LocalDate.of(2026, 3, 6)), Map.of());
        awaitStatus(number, "IN_PROGRESS");
        assertThat(alertsOn(number, LocalDate.of(2026, 3, 10))).isEmpty();
        assertThat(alertsOn(number, LocalDate.of(2026, 3, 11))).containsExactly(Alert.Kind.WARNING);
        assertThat(alertsOn(number, LocalDate.of(2026, 3, 13))).containsExactlyInAnyOrder(Alert.Kind.WARNING, Alert.Kind.BREACH);
    }

    @Test
    void eventsOfOneInstantApplyInOrderAndAnOlderOneArrivingLateChangesNothing() {
        String number = Events.newCaseNumber(TOWN);
        LocalDate monday = LocalDate.of(2026, 3, 2);
        // Acceptance and routing share their instant; its nanoseconds round up in PostgreSQL's microseconds.
        OffsetDateTime accepting = Events.at(monday).plusNanos(815_688_886);
        Events.caseEvent("accepted", number, TOWN, "ACCEPTED", "WINDOW", monday, 5, LocalDate.of(2026, 3, 9), 0, accepting, Map.of());
        Events.caseEvent("routed", number, TOWN, "ROUTED", "WINDOW", monday, 5, LocalDate.of(2026, 3, 9), 0, accepting, Map.of());
        awaitStatus(number, "ROUTED");

        String late = Events.caseEvent("submitted", number, TOWN, "SUBMITTED", "WINDOW", null, null, null, 0,
                accepting.minusHours(1), Map.of());
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) WatchedCase.getEntityManager().createNativeQuery("select count(*) from inbox_event where event_id = :id")
                        .setParameter("id", java.util.UUID.fromString(late)).getSingleResult()).intValue() == 1));
        awaitStatus(number, "ROUTED");
        // Closed, so the other tests' checks do not count it.
        Events.caseEvent("completed", number, TOWN, "COMPLETED", "WINDOW", monday, 5, LocalDate.of(2026, 3, 9), 0,
                accepting.plusDays(1), Map.of());
        awaitStatus(number, "COMPLETED");
    }

    @Test
    void twoReplicasCheckingAtOnceRaiseEachAlertOnce() throws Exception {
        String number = accepted(LocalDate.of(2026, 3, 2), 5, LocalDate.of(2026, 3, 9));
        clock.setDay(LocalDate.of(2026, 3, 10));
        var pool = Executors.newFixedThreadPool(2);
        try (KafkaProbe alerts = new KafkaProbe("oversight.alerts")) {
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(watch::check, pool);
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(watch::check, pool);
            assertThat(a.get() + b.get()).as("alerts raised by both replicas together").isEqualTo(2);
            alerts.awaitRecords(all -> all.stream().filter(r -> number.equals(r.key())).count() >= 2, Duration.ofSeconds(60));
            List<ConsumerRecord<String, String>> mine = alerts.drain(Duration.ofSeconds(2)).stream()
                    .filter(r -> number.equals(r.key())).toList();
            assertThat(mine).hasSize(2);
            mine.forEach(EventSchemas::assertValid);
        } finally {
            pool.shutdown();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> Alert.count("subject", number))).isEqualTo(2);
    }

    @Test
    void officersSeeTheirDepartmentsAlertsAndOthersAreRefused() {
        String number = accepted(LocalDate.of(2026, 3, 2), 5, LocalDate.of(2026, 3, 9));
        alertsOn(number, LocalDate.of(2026, 3, 10));
        given().auth().oauth2(TestTokens.token("officer", "330109013-MZ", null)).queryParam("size", 100)
                .get("/api/v1/alerts").then().statusCode(200).body("items.subject", hasItem(number));
        given().get("/api/v1/alerts").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("applicant")).get("/api/v1/alerts").then().statusCode(403);
    }

    @Test
    void aCommitmentNotKeptByItsDayIsAnAlertAndCountsAsBroken() {
        // 容缺受理 on Monday 2 March 2026, the photo committed for Wednesday 4 March; the case is due 9 March.
        LocalDate monday = LocalDate.of(2026, 3, 2);
        String broken = Events.newCaseNumber(TOWN);
        Events.caseEvent("routed", broken, TOWN, "ROUTED", "WINDOW", monday, 5, LocalDate.of(2026, 3, 9), 1, Events.at(monday),
                Map.of("commitment", Map.of("materials", List.of("M03"), "note", "承诺书", "due", "2026-03-04")));
        String kept = Events.newCaseNumber(TOWN);
        Events.caseEvent("commitment-kept", kept, TOWN, "ROUTED", "WINDOW", monday, 5, LocalDate.of(2026, 3, 9), 1,
                Events.at(LocalDate.of(2026, 3, 3)), Map.of("commitment", Map.of("materials", List.of("M03"), "note", "承诺书",
                        "due", "2026-03-04", "keptAt", Events.at(LocalDate.of(2026, 3, 3)).toString())));
        awaitStatus(broken, "ROUTED");
        awaitStatus(kept, "ROUTED");
        assertThat(alertsOn(broken, LocalDate.of(2026, 3, 4))).isEmpty();
        assertThat(alertsOn(broken, LocalDate.of(2026, 3, 5))).containsExactly(Alert.Kind.COMMITMENT_OVERDUE);
        assertThat(alertsOn(kept, LocalDate.of(2026, 3, 5))).isEmpty();
        given().queryParam("jurisdiction", TOWN).queryParam("from", "2026-03-02").queryParam("to", "2026-03-08")
                .get("/api/v1/figures").then().statusCode(200)
                .body("toleratedAcceptances", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                .body("commitmentsKept", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("commitmentsBroken", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    private String accepted(LocalDate acceptedOn, int days, LocalDate due) {
        String number = Events.newCaseNumber(TOWN);
        Events.caseEvent("routed", number, TOWN, "ROUTED", "WINDOW", acceptedOn, days, due, 0, Events.at(acceptedOn), Map.of());
        awaitStatus(number, "ROUTED");
        return number;
    }

    private List<Alert.Kind> alertsOn(String number, LocalDate day) {
        clock.setDay(day);
        watch.check();
        return QuarkusTransaction.requiringNew().call(() ->
                Alert.<Alert>list("subject", number).stream().map(a -> a.kind).toList());
    }

    private static void awaitStatus(String number, String status) {
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                WatchedCase.<WatchedCase>findByIdOptional(number).map(c -> status.equals(c.status)).orElse(false)));
    }
}
