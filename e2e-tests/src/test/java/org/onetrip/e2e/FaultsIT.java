package org.onetrip.e2e;

import org.onetrip.platform.testing.OneTripSystem;
import org.onetrip.platform.testing.ServiceProcess;

import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.TestInfrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.onetrip.e2e.Actors.*;

/** The flow holds when something breaks: the broker away, a service killed, two replicas at once. */
class FaultsIT {
    private final OneTripSystem system = OneTripSystem.get();

    @Test
    void theWindowKeepsWorkingWhileKafkaIsDownAndEverythingArrivesOnceInOrderAfterwards() {
        String village = newVillage();
        awaitOffered(system.intake, ELDERLY_CARD);
        String number;
        try (KafkaProbe cases = new KafkaProbe("intake.cases")) {
            TestInfrastructure.get().stopKafka();
            try {
                number = acceptedCase(system.intake, village);
                clerk(system.intake).get("/api/v1/cases/" + number).then().statusCode(200).body("status", equalTo("ROUTED"));
                // The window stays in the load balancer: ready throughout, Kafka reported degraded with what it holds.
                awaitTrue(() -> "DEGRADED".equals(kafkaHealth(system.intake).get("state")));
                Map<String, Object> held = kafkaHealth(system.intake);
                assertThat(((Number) held.get("outboxPending")).longValue()).isPositive();
                given().get(system.intake.managementUrl("/q/health/live")).then().statusCode(200);
            } finally {
                TestInfrastructure.get().startKafka();
            }
            awaitRouted(cases, number);
            awaitTrue(() -> "CONNECTED".equals(kafkaHealth(system.intake).get("state")));
            // A consumer says how far behind it is, in records.
            awaitTrue(() -> String.valueOf(kafkaHealth(system.oversight).get("lag.intake-cases")).matches("\\d+"));
            departmentReports(number, MZ, "decided", Map.of("decision", "APPROVED"));
            awaitStatus(system.intake, number, "COMPLETED");
            assertOnceInOrder(cases, number, List.of("submitted", "accepted", "routed", "completed"));
        }
        awaitTrue(() -> completedInOversight(village) == 1);
    }

    @Test
    void aServiceKilledMidJourneyLosesAndDoublesNothing() {
        String village = newVillage();
        String number;
        try (KafkaProbe cases = new KafkaProbe("intake.cases")) {
            number = acceptedCase(system.intake, village);
            system.intake.kill();
            departmentReports(number, MZ, "acknowledged", Map.of());
            departmentReports(number, MZ, "decided", Map.of("decision", "APPROVED"));
            system.intake.start();
            system.intake.awaitReady(OneTripSystem.READY);
            awaitStatus(system.intake, number, "COMPLETED");
            assertOnceInOrder(cases, number, List.of("submitted", "accepted", "routed", "progressed", "completed"));
        }
        awaitTrue(() -> completedInOversight(village) == 1);
    }

    @Test
    void twoReplicasOfIntakeProcessEachCaseOnce() {
        String village = newVillage();
        ServiceProcess second = system.replica("intake-2", "intake-service");
        second.start();
        try (KafkaProbe cases = new KafkaProbe("intake.cases")) {
            second.awaitReady(OneTripSystem.READY);
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                numbers.add(acceptedCase(i % 2 == 0 ? system.intake : second, village));
            }
            numbers.forEach(n -> departmentReports(n, MZ, "decided", Map.of("decision", "APPROVED")));
            numbers.forEach(n -> awaitStatus(system.intake, n, "COMPLETED"));
            for (String n : numbers) {
                assertOnceInOrder(cases, n, List.of("submitted", "accepted", "routed", "completed"));
                assertThat(clerk(system.intake).get("/api/v1/cases/" + n + "/history").jsonPath().getList("to"))
                        .containsExactly("SUBMITTED", "ACCEPTED", "ROUTED", "COMPLETED");
            }
        } finally {
            second.stop();
        }
        awaitTrue(() -> completedInOversight(village) == 4);
    }

    private int completedInOversight(String village) {
        return ((Number) given().baseUri(system.oversight.url("")).queryParam("jurisdiction", village)
                .get("/api/v1/figures").path("casesCompleted")).intValue();
    }

    /** The readiness probe's Kafka check of a service, asserting that the service is ready. */
    private static Map<String, Object> kafkaHealth(ServiceProcess service) {
        return given().get(service.managementUrl("/q/health/ready")).then().statusCode(200)
                .extract().path("checks.find { it.name == 'kafka' }.data");
    }

    private static void awaitRouted(KafkaProbe cases, String number) {
        cases.awaitRecords(seen -> seen.stream().anyMatch(r -> number.equals(r.key())
                && "org.onetrip.intake.case.routed.v1".equals(KafkaProbe.header(r, "ce_type"))), PATIENCE);
    }

    /**
     * The case's events arrived in this order, each once. The outbox publishes at least once, so a crash
     * between sending and marking may send an event again with the same id, which every consumer drops;
     * what must hold is that, read as a consumer reads them, nothing is missing, doubled or out of order.
     */
    private static void assertOnceInOrder(KafkaProbe cases, String number, List<String> kinds) {
        String last = "org.onetrip.intake.case." + kinds.get(kinds.size() - 1) + ".v1";
        cases.awaitRecords(seen -> seen.stream().anyMatch(r -> number.equals(r.key()) && last.equals(KafkaProbe.header(r, "ce_type"))), PATIENCE);
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<String> types = cases.drain(java.time.Duration.ofSeconds(2)).stream()
                .filter(r -> number.equals(r.key()) && ids.add(KafkaProbe.header(r, "ce_id")))
                .map(r -> KafkaProbe.header(r, "ce_type").replace("org.onetrip.intake.case.", "").replace(".v1", ""))
                .toList();
        assertThat(types).as("events of " + number).containsExactlyElementsOf(kinds);
    }
}
