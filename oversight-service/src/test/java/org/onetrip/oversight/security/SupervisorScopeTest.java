package org.onetrip.oversight.security;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.onetrip.devstack.LocalTokens;
import org.onetrip.oversight.Events;
import org.onetrip.oversight.assessments.Quarter;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Supervisors oversee their jurisdiction and below, as in every other service; the public board takes only codes. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class SupervisorScopeTest {
    private static final String TOWN = "330109013";
    private static final String OTHER_TOWN = "330109014";

    private static RequestSpecification supervisor(String jur) {
        return given().auth().oauth2(TestTokens.token("supervisor", null, jur)).contentType(ContentType.JSON);
    }

    @Test
    void aSupervisorSeesAndClosesOnlyTheComplaintsOfTheirJurisdiction() {
        String id = supervisor(TOWN).body(Map.of("source", "HOTLINE", "content", "窗口排队太久", "jurisdiction", TOWN))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
        supervisor(OTHER_TOWN).body(Map.of("source", "HOTLINE", "content", "越权登记", "jurisdiction", TOWN))
                .post("/api/v1/complaints").then().statusCode(403);
        supervisor(OTHER_TOWN).queryParam("size", 100).get("/api/v1/complaints").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        supervisor("330109").queryParam("size", 100).get("/api/v1/complaints").then().statusCode(200).body("items.id", hasItem(id));
        supervisor(OTHER_TOWN).body(Map.of("text", "越权办结")).post("/api/v1/complaints/" + id + "/closure").then().statusCode(404);
        for (String notACode : new String[] {null, "%", "3", "3301090"}) {
            supervisor(notACode).get("/api/v1/complaints").then().statusCode(403);
            supervisor(notACode).get("/api/v1/rectifications").then().statusCode(403);
            supervisor(notACode).get("/api/v1/alerts").then().statusCode(403);
        }
        supervisor(OTHER_TOWN).queryParam("jurisdiction", TOWN).get("/api/v1/alerts").then().statusCode(403);
    }

    @Test
    void theBoardTakesOnlyJurisdictionCodesAndRecomputesOnlyForItsSupervisors() {
        given().get("/api/v1/board/" + "3".repeat(40) + "/weeks/2026-03-02").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("jurisdiction"));
        given().queryParam("jurisdiction", "%").get("/api/v1/figures").then().statusCode(400);
        given().queryParam("recompute", true).get("/api/v1/board/" + TOWN + "/weeks/2026-03-02").then().statusCode(401);
        supervisor(OTHER_TOWN).queryParam("recompute", true).get("/api/v1/board/" + TOWN + "/weeks/2026-03-02").then().statusCode(403);
        supervisor(OTHER_TOWN).post("/api/v1/board/" + TOWN + "/weeks/2026-03-02").then().statusCode(403);
        supervisor(TOWN).queryParam("recompute", true).get("/api/v1/board/" + TOWN + "/weeks/2026-03-02").then().statusCode(200);
    }

    @Test
    void deputiesScoreAndSupervisorsEvaluateOnlyWithinTheirJurisdiction() {
        given().auth().oauth2(TestTokens.token(new LocalTokens.Holder("deputy-far", "deputy", null, "330110")))
                .contentType(ContentType.JSON).body(Map.of("quarter", Quarter.of(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))).toString(),
                        "targetKind", "DEPARTMENT", "target", TOWN + "-MZ", "scores", Map.of("服务态度", 90)))
                .post("/api/v1/assessments").then().statusCode(403);
        supervisor(OTHER_TOWN).get("/api/v1/evaluations/DEPARTMENT/" + TOWN + "-MZ").then().statusCode(403);
        String incident = supervisor(TOWN).body(Map.of("cadreKind", "DEPARTMENT", "cadre", TOWN + "-MZ", "kind", "LATE",
                        "description", "超期", "occurredOn", "2026-03-02", "exempt", false))
                .post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        supervisor(OTHER_TOWN).body(Map.of("reason", "越权免责")).post("/api/v1/incidents/" + incident + "/exemption")
                .then().statusCode(404);
        supervisor(TOWN).queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get("/api/v1/evaluations/DEPARTMENT/" + TOWN + "-MZ").then().statusCode(200).body("incidents", equalTo(1));
    }

    @Test
    void onlyTheApplicantWhoSubmittedACaseRatesIt() {
        String number = Events.newCaseNumber(TOWN);
        Events.caseEvent("completed", number, TOWN, "COMPLETED", "WINDOW", java.time.LocalDate.of(2026, 3, 2), 5,
                java.time.LocalDate.of(2026, 3, 9), 1, Events.at(java.time.LocalDate.of(2026, 3, 3)),
                Map.of("submittedBy", "clerk-wang", "submittedAs", "clerk"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                        org.onetrip.oversight.replica.WatchedCase.findByIdOptional(number).isPresent()));
        given().auth().oauth2(TestTokens.token(new LocalTokens.Holder("clerk-wang", "applicant", null, null)))
                .contentType(ContentType.JSON).body(Map.of("caseNumber", number, "rating", "VERY_SATISFIED"))
                .post("/api/v1/reviews").then().statusCode(404);
    }
}
