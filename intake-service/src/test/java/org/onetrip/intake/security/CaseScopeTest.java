package org.onetrip.intake.security;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Cases are reached through jurisdiction codes compared on level boundaries, and opened only where their item is implemented. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class CaseScopeTest {

    @Test
    void aJurisdictionClaimThatIsNoCodeReadsNoCase() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String number = Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of()))
                .post("/api/v1/cases").then().statusCode(201).extract().path("number");
        for (String jur : new String[] {"%", "_________", "3301090", "3"}) {
            given().auth().oauth2(TestTokens.token("clerk", null, jur)).get("/api/v1/cases").then().statusCode(403);
            given().auth().oauth2(TestTokens.token("clerk", null, jur)).get("/api/v1/cases/" + number).then().statusCode(403);
            given().auth().oauth2(TestTokens.token("clerk", null, jur)).get("/api/v1/cases/" + number + "/personal-data")
                    .then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.token("clerk", null, "330109")).get("/api/v1/cases/" + number).then().statusCode(200);
        given().queryParam("jurisdiction", "%").get("/api/v1/figures").then().statusCode(400)
                .body("errors[0].field", equalTo("jurisdiction"));
    }

    @Test
    void aCaseIsOpenedOnlyWhereItsItemIsImplemented() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        Map<String, Object> elsewhere = new HashMap<>(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of()));
        elsewhere.put("jurisdiction", "330109014");
        given().auth().oauth2(TestTokens.token("clerk", null, "330109014")).contentType(ContentType.JSON).body(elsewhere)
                .post("/api/v1/cases").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("jurisdiction"));
    }
}
