package org.onetrip.platform.testing;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

/**
 * What every OneTrip service promises its operators and front ends, whatever its domain. A service's
 * test extends this with {@code @QuarkusTest} and the test resource.
 */
public abstract class ServiceContractTest {

    @Test
    void isReadyWithDatabaseKafkaAndOutboxChecked() {
        given().when().get(Management.url("/q/health/ready"))
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("outbox"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void publishesItsOpenApiAndSwaggerUi() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", containsString("OneTrip"));
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200);
    }

    @Test
    void exposesPrometheusMetricsWithTheOutboxBacklog() {
        given().when().get(Management.url("/q/metrics"))
                .then().statusCode(200)
                .body(containsString("onetrip_outbox_pending"))
                .body(containsString("onetrip_outbox_oldest_pending_age_seconds"));
    }

    /** Health and metrics answer on the management interface, never on the public port. */
    @Test
    void keepsHealthAndMetricsOffThePublicPort() {
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void refusesARequestWithoutAValidToken() {
        given().when().get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(TestTokens.forgedToken("clerk")).when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void readsRolesAndScopeFromTheToken() {
        given().auth().oauth2(TestTokens.token("clerk", null, "330109001"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", hasItem("clerk"))
                .body("jurisdiction", equalTo("330109001"));
    }
}
