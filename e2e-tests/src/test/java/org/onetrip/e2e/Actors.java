package org.onetrip.e2e;

import org.onetrip.platform.testing.ServiceProcess;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.onetrip.devstack.LocalTokens;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** The people and systems of the journeys: a clerk, an officer, an agent, a supervisor, a department system. */
final class Actors {
    static final String TOWN = "330109013";
    static final String MZ = TOWN + "-MZ";
    static final String CL = TOWN + "-CL";
    static final String ELDERLY_CARD = TOWN + "-QR-0001";
    static final Duration PATIENCE = Duration.ofSeconds(90);

    private Actors() {
    }

    static RequestSpecification as(ServiceProcess service, String role, String dept, String jur, String subject) {
        return given().baseUri(service.url("")).contentType(ContentType.JSON)
                .auth().oauth2(TestTokens.token(new LocalTokens.Holder(subject, role, dept, jur)));
    }

    static RequestSpecification clerk(ServiceProcess service) {
        return as(service, "clerk", null, TOWN, "clerk-wang");
    }

    static RequestSpecification officer(ServiceProcess service, String dept) {
        return as(service, "officer", dept, null, "officer-" + dept);
    }

    static RequestSpecification supervisor(ServiceProcess service) {
        return as(service, "supervisor", null, "330109", "supervisor-zhao");
    }

    /** The province's supervisor: the working-day calendar is the same for every town and kept there. */
    static RequestSpecification provinceSupervisor(ServiceProcess service) {
        return as(service, "supervisor", null, TOWN.substring(0, 2), "supervisor-province");
    }

    /**
     * A village of the town no other journey uses, so its figures are this journey's alone: never one drawn before in
     * this run (two journeys in one village each made an agent "agent-&lt;village&gt;", and the second was refused).
     */
    static String newVillage() {
        String village;
        do {
            village = TOWN + ThreadLocalRandom.current().nextInt(300, 1000);
        } while (!VILLAGES_USED.add(village));
        return village;
    }

    private static final java.util.Set<String> VILLAGES_USED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static Map<String, Object> submission(String item, String jurisdiction, List<String> materials, List<String> facts) {
        return new HashMap<>(Map.of("itemCode", item, "jurisdiction", jurisdiction, "channel", "WINDOW",
                "applicant", Map.of("kind", "PERSON", "name", "王秀英", "idNumber", "11010519491231002X", "phone", "13812345678"),
                "facts", facts, "materials", materials.stream().map(c -> Map.of("code", c)).toList()));
    }

    /** Submits a complete case for the elderly card and accepts it; returns its number. */
    static String acceptedCase(ServiceProcess intake, String village) {
        awaitOffered(intake, ELDERLY_CARD);
        String number = clerk(intake).body(submission(ELDERLY_CARD, village, List.of("M01", "M03", "M05"), List.of()))
                .post("/api/v1/cases").then().statusCode(201).extract().path("number");
        clerk(intake).post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        return number;
    }

    static void awaitOffered(ServiceProcess intake, String item) {
        await().atMost(PATIENCE).until(() -> clerk(intake).body(submission(item, TOWN, List.of(), List.of()))
                .post("/api/v1/checks").statusCode() == 200);
    }

    /** A department system reporting on its own topic, {@code department.progress.<code>}, as its own Kafka principal. */
    static void departmentReports(String number, String department, String kind, Map<String, String> extra) {
        Map<String, String> data = new HashMap<>(extra);
        data.put("caseNumber", number);
        data.put("department", department);
        KafkaProbe.sendDepartmentEvent(department, "org.onetrip.department.case." + kind + ".v1", number, json(data));
    }

    static void awaitStatus(ServiceProcess intake, String number, String status) {
        awaitTrue(() -> status.equals(clerk(intake).get("/api/v1/cases/" + number).path("status")));
    }

    static void awaitTrue(Supplier<Boolean> condition) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(condition::get);
    }

    static LocalDate thisMonday() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
