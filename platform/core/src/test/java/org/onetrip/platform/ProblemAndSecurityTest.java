package org.onetrip.platform;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** What a front end sees when it gets something wrong: RFC 9457 problems, in its language. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class ProblemAndSecurityTest {
    private static final String VALID = "{\"aggregate\":\"a\",\"seq\":1,\"colour\":\"RED\"}";

    @Test
    void withoutATokenTheAnswerIs401() {
        given().contentType(ContentType.JSON).body(VALID)
                .when().post("/api/v1/probes")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:onetrip:problem:unauthenticated"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRejected() {
        given().auth().oauth2(TestTokens.forgedToken("clerk")).contentType(ContentType.JSON).body(VALID)
                .when().post("/api/v1/probes")
                .then().statusCode(401);
    }

    @Test
    void withTheWrongRoleTheAnswerIs403() {
        given().auth().oauth2(TestTokens.token("agent")).contentType(ContentType.JSON).body(VALID)
                .when().post("/api/v1/probes")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:onetrip:problem:forbidden"));
    }

    @Test
    void theRightRoleIsServed() {
        given().auth().oauth2(TestTokens.token("clerk")).contentType(ContentType.JSON).body(VALID)
                .when().post("/api/v1/probes")
                .then().statusCode(201);
    }

    @Test
    void everyBadFieldIsNamedAtOnceInChinese() {
        given().auth().oauth2(TestTokens.token("clerk")).contentType(ContentType.JSON)
                .body("{\"aggregate\":\" \",\"seq\":0,\"tags\":[{\"name\":\"ok\"},{\"name\":\"\"}]}")
                .when().post("/api/v1/probes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "zh-CN")
                .body("type", equalTo("urn:onetrip:problem:validation"))
                .body("title", equalTo("请求参数有误"))
                .body("errors", hasSize(4))
                .body("errors.field", containsInAnyOrder("aggregate", "seq", "colour", "tags[1].name"))
                .body("errors.message", hasItem("不能为空"));
    }

    @Test
    void problemsAreInEnglishWhenAskedFor() {
        given().auth().oauth2(TestTokens.token("clerk")).contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body("{\"aggregate\":\"a\",\"seq\":0,\"colour\":\"RED\"}")
                .when().post("/api/v1/probes")
                .then().statusCode(400)
                .body("title", equalTo("Invalid request"))
                .body("errors[0].field", equalTo("seq"))
                .body("errors[0].message", containsString("greater than or equal to 1"));
    }

    @Test
    void malformedJsonIsAClearProblem() {
        given().auth().oauth2(TestTokens.token("clerk")).contentType(ContentType.JSON).body("{\"aggregate\": \"a\",, }")
                .when().post("/api/v1/probes")
                .then().log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:onetrip:problem:malformed-request"));
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        given().auth().oauth2(TestTokens.token("clerk")).contentType(ContentType.JSON)
                .body("{\"aggregate\":\"a\",\"seq\":1,\"colour\":\"PURPLE\"}")
                .when().post("/api/v1/probes")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", containsString("RED, GREEN"));
    }

    @Test
    void aQueryParameterThatCannotBeReadIsABadRequestNotAMissingPage() {
        given().auth().oauth2(TestTokens.token("clerk")).queryParam("colour", "PURPLE")
                .when().get("/api/v1/probes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:onetrip:problem:malformed-request"))
                .body("detail", containsString("PURPLE"));
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        given().auth().oauth2(TestTokens.token("clerk"))
                .when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void healthReportsKafkaAndTheOutbox() {
        given().when().get(org.onetrip.platform.testing.Management.url("/q/health/ready"))
                .then().statusCode(200)
                .body("checks.name", hasItem("kafka"));
    }
}
