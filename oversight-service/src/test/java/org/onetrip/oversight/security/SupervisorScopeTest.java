package org.onetrip.oversight.security;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
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
}
