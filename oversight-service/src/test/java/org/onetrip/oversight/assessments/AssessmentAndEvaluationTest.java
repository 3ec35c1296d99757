package org.onetrip.oversight.assessments;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onetrip.devstack.LocalTokens;
import org.onetrip.oversight.Events;
import org.onetrip.oversight.replica.WatchedCase;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestClock;
import org.onetrip.platform.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Deputies' quarterly scores, and the evaluation of cadres with exempt incidents left out. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class AssessmentAndEvaluationTest {
    private static final Map<String, Integer> SCORES = Map.of("办事效率", 90, "服务态度", 80, "公开透明", 70, "便民程度", 60);

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aQuarterIsAggregatedWhenItClosesAndNoDeputyScoresTwice() {
        clock.setDay(LocalDate.of(2025, 5, 20));
        deputy("deputy-a").body(Map.of("quarter", "2025-Q2", "targetKind", "DEPARTMENT", "target", "330109013-MZ",
                "scores", SCORES, "comment", "窗口服务明显改善")).post("/api/v1/assessments").then().statusCode(201);
        deputy("deputy-b").body(Map.of("quarter", "2025-Q2", "targetKind", "DEPARTMENT", "target", "330109013-MZ",
                "scores", Map.of("办事效率", 70, "服务态度", 60, "公开透明", 50, "便民程度", 40))).post("/api/v1/assessments")
                .then().statusCode(201);
        deputy("deputy-a").body(Map.of("quarter", "2025-Q2", "targetKind", "DEPARTMENT", "target", "330109013-MZ",
                "scores", SCORES)).post("/api/v1/assessments").then().statusCode(409);
        deputy("deputy-c").body(Map.of("quarter", "2025-Q2", "targetKind", "DEPARTMENT", "target", "330109013-MZ",
                "scores", Map.of("办事效率", 101, "颜值", 5))).post("/api/v1/assessments")
                .then().statusCode(400);
        deputy("deputy-c").body(Map.of("quarter", "2025-Q1", "targetKind", "TOWN", "target", "330109013",
                "scores", SCORES)).post("/api/v1/assessments").then().statusCode(409);

        given().get("/api/v1/assessments/2025-Q2/results").then().statusCode(409);
        clock.setDay(LocalDate.of(2025, 7, 1));
        given().get("/api/v1/assessments/2025-Q2/results")
                .then().statusCode(200)
                .body("results", hasSize(1))
                .body("results[0].deputies", equalTo(2))
                .body("results[0].criteria.办事效率", equalTo(80.0f))
                .body("results[0].overall", equalTo(65.0f))
                .body("results[0].comments", equalTo(java.util.List.of("窗口服务明显改善")));
        given().auth().oauth2(TestTokens.token("clerk", null, "330109013")).contentType(ContentType.JSON)
                .body(Map.of("quarter", "2025-Q3", "targetKind", "TOWN", "target", "330109013", "scores", SCORES))
                .post("/api/v1/assessments").then().statusCode(403);
    }

    @Test
    void anExemptIncidentIsShownButDoesNotCount() {
        String department = "330109079-JS";
        String number = Events.newCaseNumber("330109079");
        Events.caseEvent("completed", number, "330109079", "COMPLETED", "WINDOW", LocalDate.of(2026, 3, 2), 5,
                LocalDate.of(2026, 3, 9), 1, Events.at(LocalDate.of(2026, 3, 4)),
                Map.of("departments", java.util.List.of(Map.of("department", department, "role", "IMPLEMENTING", "stage", "DECIDED"))));
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                WatchedCase.findByIdOptional(number).isPresent()));
        supervisor().body(Map.of("cadreKind", "DEPARTMENT", "cadre", department, "kind", "ERROR",
                "description", "材料审核疏漏", "occurredOn", "2026-03-03", "exempt", false)).post("/api/v1/incidents")
                .then().statusCode(201);
        String exempt = supervisor().body(Map.of("cadreKind", "DEPARTMENT", "cadre", department, "kind", "LATE",
                        "description", "为群众加急办理导致流程倒置", "occurredOn", "2026-03-04", "exempt", false))
                .post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        supervisor().body(Map.of("reason", "主动作为、积极担当，属容错免责情形")).post("/api/v1/incidents/" + exempt + "/exemption")
                .then().statusCode(200).body("exempt", equalTo(true));
        supervisor().body(Map.of("cadreKind", "DEPARTMENT", "cadre", department, "kind", "LATE", "description", "x",
                "occurredOn", "2026-03-04", "exempt", true)).post("/api/v1/incidents")
                .then().statusCode(400).body("errors[0].field", equalTo("exemptReason"));

        supervisor().queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get("/api/v1/evaluations/DEPARTMENT/" + department)
                .then().statusCode(200)
                .body("handled", equalTo(1)).body("onTime", equalTo(1)).body("onTimePercent", equalTo(100.0f))
                .body("incidents", equalTo(1))
                .body("exemptIncidents", hasSize(1))
                .body("exemptIncidents[0].exemptReason", equalTo("主动作为、积极担当，属容错免责情形"));
        given().auth().oauth2(TestTokens.token("deputy")).get("/api/v1/evaluations/DEPARTMENT/" + department).then().statusCode(403);
    }

    @Test
    void officersAreEvaluatedOnTheCasesTheyWorkedAndAgentsOnTheirVisits() {
        String number = Events.newCaseNumber("330109080");
        Events.caseEvent("progressed", number, "330109080", "IN_PROGRESS", "WINDOW", LocalDate.of(2026, 3, 2), 5,
                LocalDate.of(2026, 3, 9), 1, Events.at(LocalDate.of(2026, 3, 3)),
                Map.of("actor", "officer-li", "department", "330109080-MZ"));
        Events.caseEvent("completed", number, "330109080", "COMPLETED", "WINDOW", LocalDate.of(2026, 3, 2), 5,
                LocalDate.of(2026, 3, 9), 1, Events.at(LocalDate.of(2026, 3, 10)),
                Map.of("actor", "department:330109080-MZ", "department", "330109080-MZ"));
        String agent = java.util.UUID.randomUUID().toString();
        org.onetrip.platform.testing.KafkaProbe.sendEvent("proxy.visits", "/onetrip/proxy-agent",
                "org.onetrip.proxyagent.visit.recorded.v1", agent, Events.json(Map.of("noteId", java.util.UUID.randomUUID().toString(),
                        "agentId", agent, "author", "agent-wang", "village", "330109080201", "town", "330109080",
                        "visitedOn", "2026-03-05", "kind", "HOUSEHOLD", "topics", java.util.List.of("养老"), "problems", 1)));
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                WatchedCase.<WatchedCase>findByIdOptional(number).map(c -> "COMPLETED".equals(c.status)).orElse(false))
                && ((Number) supervisor().queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get("/api/v1/evaluations/AGENT/" + agent).path("visitNotes")).intValue() == 1);
        supervisor().queryParam("from", "2026-03-01").queryParam("to", "2026-03-31").get("/api/v1/evaluations/OFFICER/officer-li")
                .then().statusCode(200).body("handled", equalTo(1)).body("onTime", equalTo(0));
        supervisor().queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get("/api/v1/evaluations/OFFICER/department:330109080-MZ").then().statusCode(200).body("handled", equalTo(0));
    }

    private static RequestSpecification deputy(String subject) {
        return given().auth().oauth2(TestTokens.token(new LocalTokens.Holder(subject, "deputy", null, "330109"))).contentType(ContentType.JSON);
    }

    private static RequestSpecification supervisor() {
        return given().auth().oauth2(TestTokens.token("supervisor", null, "33")).contentType(ContentType.JSON);
    }
}
