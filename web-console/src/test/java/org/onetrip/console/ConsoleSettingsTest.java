package org.onetrip.console;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** What the console's server tells the page locally, and the limits it puts on the page. */
@QuarkusTest
class ConsoleSettingsTest {

    @Test
    void thePageLearnsTheServicesAndMayConnectToNothingElse() {
        given().get("/console-settings.json").then().statusCode(200)
                .body("services.intake", equalTo("http://localhost:8082"))
                .body("signIn.oidc", nullValue());
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                        containsString("connect-src 'self' http://localhost:8081 http://localhost:8082"),
                        not(containsString("18080")), containsString("frame-ancestors 'none'")))
                .body(containsString("<div id=\"app\">"));
    }
}
