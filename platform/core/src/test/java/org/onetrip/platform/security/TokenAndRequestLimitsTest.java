package org.onetrip.platform.security;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.onetrip.devstack.LocalTokens;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** What the penetration test tried on every service, tried on the platform that every service shares. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class TokenAndRequestLimitsTest {
    private static final LocalTokens.Holder CLERK = new LocalTokens.Holder("test-clerk", "clerk", null, "330109013");

    private static void me(String token, int status) {
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(status);
    }

    @Test
    void aTokenForAnotherAudienceOrNoneIsRefused() {
        me(TestTokens.token(CLERK, Instant.now(), Duration.ofHours(1), "some-other-system"), 401);
        me(TestTokens.token(CLERK, Instant.now(), Duration.ofHours(1), null), 401);
        me(TestTokens.token(CLERK, Instant.now(), Duration.ofHours(1), LocalTokens.AUDIENCE), 200);
    }

    @Test
    void aTokenLivingLongerThanTwelveHoursIsRefused() {
        me(TestTokens.token(CLERK, Instant.now(), Duration.ofHours(12).plusMinutes(1), LocalTokens.AUDIENCE), 401);
        me(TestTokens.token(CLERK, Instant.now(), Duration.ofHours(12), LocalTokens.AUDIENCE), 200);
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        me(TestTokens.token(CLERK, Instant.now().plus(Duration.ofMinutes(10)), Duration.ofHours(1), LocalTokens.AUDIENCE), 401);
        me(TestTokens.token(CLERK, Instant.now().plusSeconds(5), Duration.ofHours(1), LocalTokens.AUDIENCE), 200);
    }

    @Test
    void aTokenCannotMakeItsCallerTheServicesOwnSystemActor() {
        given().auth().oauth2(TestTokens.token("system", "330109013-MZ", "330109013")).when().get("/api/v1/me")
                .then().statusCode(200).body("roles", empty());
        given().auth().oauth2(TestTokens.token("clerk", null, "330109013")).when().get("/api/v1/me")
                .then().statusCode(200).body("roles", contains("clerk"));
    }

    @Test
    void aJurisdictionClaimThatIsNoCodeScopesToNothing() {
        for (String jur : new String[] {"%", "_________", "3301090", "3", "33010901a"}) {
            given().auth().oauth2(TestTokens.token("clerk", null, jur)).when().get("/api/v1/me")
                    .then().statusCode(200).body("jurisdiction", nullValue());
        }
        given().auth().oauth2(TestTokens.token("clerk", null, "330109013")).when().get("/api/v1/me")
                .then().statusCode(200).body("jurisdiction", equalTo("330109013"));
    }

    @Test
    void aPageBeyondAnyListIsABadRequestNotAnOverflow() {
        given().auth().oauth2(TestTokens.token("clerk")).queryParam("page", Integer.MAX_VALUE)
                .when().get("/api/v1/probes/pages")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        given().auth().oauth2(TestTokens.token("clerk")).queryParam("page", 3)
                .when().get("/api/v1/probes/pages").then().statusCode(200).body(equalTo("3/20"));
    }

    @Test
    void anOversizedBodyIsA413Problem() throws Exception {
        // Over a raw socket: the service answers on the headers alone and closes, as it should, which an
        // HTTP client still writing the body reports as a broken pipe instead of the answer.
        String answer = raw("POST /api/v1/probes HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestTokens.token("clerk")
                + "\r\nContent-Type: application/json\r\nAccept-Language: en\r\nContent-Length: " + 7 * 1024 * 1024 + "\r\n\r\n{");
        assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"type\":\"urn:onetrip:problem:payload-too-large\"").contains("Payload too large");
    }

    @Test
    void controlCharactersInThePathOrQueryAreABadRequest() throws Exception {
        for (String target : new String[] {"/api/v1/probes/pages%00x", "/api/v1/probes/pages?page=1%0a2", "/api/v1/me/%0d%0aforged"}) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(target).startsWith("HTTP/1.1 400").contains("application/problem+json");
        }
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedBeforeAnyoneReadsIt() {
        given().auth().oauth2(TestTokens.token("clerk")).contentType("text/plain").body("\"RED\"")
                .when().post("/api/v1/probes")
                .then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("clerk")).contentType("application/json; charset=UTF-8")
                .body("{\"aggregate\":\"a\",\"seq\":1,\"colour\":\"RED\"}")
                .when().post("/api/v1/probes").then().statusCode(201);
    }

    @Test
    void errorTextsNameNoJavaTypeNorParserInternals() {
        String malformed = given().auth().oauth2(TestTokens.token("clerk")).contentType("application/json").body("{\"aggregate\": ")
                .when().post("/api/v1/probes").then().statusCode(400).extract().asString();
        String mistyped = given().auth().oauth2(TestTokens.token("clerk")).contentType("application/json")
                .body("{\"aggregate\":\"a\",\"seq\":\"many\",\"colour\":\"RED\"}")
                .when().post("/api/v1/probes").then().statusCode(400).body("errors[0].field", equalTo("seq"))
                .body("errors[0].message", equalTo("取值类型不符，应为数字")).extract().asString();
        for (String answer : new String[] {malformed, mistyped}) {
            assertThat(answer).doesNotContain("java.").doesNotContain("`int`").doesNotContain("Unexpected end-of-input")
                    .doesNotContain("Cannot deserialize");
        }
    }

    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void apiAnswersCarryTheSecurityHeaders() {
        given().auth().oauth2(TestTokens.token("clerk")).when().get("/api/v1/me")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }
}
