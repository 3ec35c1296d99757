package org.onetrip.platform;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.Management;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestInfrastructure;
import org.onetrip.platform.testing.TestTokens;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a client hears when the database fails: an outage is a 503 to come back after (Retry-After), with the service
 * alive but out of the load balancer until the database returns, and back without a restart; a duplicate is a 409
 * naming the rule it broke, never "changed at the same time".
 */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class DatabaseFailuresTest {

    private static Response record(String aggregate) {
        return given().auth().oauth2(TestTokens.token("clerk")).contentType(ContentType.JSON)
                .body(Map.of("aggregate", aggregate, "seq", 1, "colour", "RED")).post("/api/v1/probes");
    }

    @Test
    void anOutageIsAnOutageAndTheServiceRecoversWithoutARestart() {
        assumeTrue(TestInfrastructure.get().canStopPostgres(), "only the devstack takes PostgreSQL away");
        record("outage-" + UUID.randomUUID()).then().statusCode(201);
        TestInfrastructure.get().stopPostgres();
        try {
            record("outage-" + UUID.randomUUID()).then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("urn:onetrip:problem:unavailable"))
                    .body("detail", not(containsString("内部错误")));
            given().get(Management.url("/q/health/live")).then().statusCode(200);
            given().get(Management.url("/q/health/ready")).then().statusCode(503);
        } finally {
            TestInfrastructure.get().startPostgres();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> record("outage-" + UUID.randomUUID()).statusCode() == 201);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                given().get(Management.url("/q/health/ready")).statusCode() == 200);
    }

    @Test
    void aDuplicateNamesTheRuleItBrokeAndIsNoConcurrentChange() {
        String aggregate = "unique-" + UUID.randomUUID();
        record(aggregate).then().statusCode(201);
        String detail = record(aggregate).then().statusCode(409).contentType("application/problem+json")
                .extract().path("detail");
        assertThat(detail).contains("probe_unique_name").doesNotContain("同时修改");
    }
}
