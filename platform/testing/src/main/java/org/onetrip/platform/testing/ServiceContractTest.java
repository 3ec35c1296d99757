package org.onetrip.platform.testing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
                .body("checks.find { it.name == 'kafka' }.data.state", equalTo("CONNECTED"))
                .body("checks.find { it.name == 'kafka' }.data.outboxPending", org.hamcrest.Matchers.notNullValue())
                .body("checks.find { it.name == 'kafka' }.data.findAll { it.key.startsWith('lag.') }.values()",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.matchesPattern("\\d+|unknown")))
                .body("checks.name", hasItem(containsString("Database")));
        given().when().get(Management.url("/q/health/live")).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void publishesItsOpenApiAndSwaggerUi() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", containsString("OneTrip"));
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200);
    }

    /** Every operation says which problems it answers, as problem+json: a client needs no guessing. */
    @Test
    void documentsTheProblemsOfEveryOperation() {
        Map<String, Map<String, Object>> paths = given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().path("paths");
        List<String> undocumented = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (!HTTP_METHODS.contains(method)) {
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) ((Map<String, Object>) operation).get("responses");
            List<String> expected = new ArrayList<>(List.of("400"));
            if (path.contains("{")) {
                expected.add("404");
            }
            if (!method.equals("get")) {
                expected.add("409");
            }
            expected.stream().filter(status -> responses == null || !responses.containsKey(status)
                            || !String.valueOf(responses.get(status).get("content")).contains("application/problem+json"))
                    .forEach(status -> undocumented.add(method.toUpperCase() + " " + path + " " + status));
        }));
        if (!undocumented.isEmpty()) {
            throw new AssertionError("problems not documented: " + undocumented);
        }
    }

    private static final List<String> HTTP_METHODS = List.of("get", "put", "post", "delete", "patch");

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
