package org.onetrip.intake.security;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.devstack.LocalTokens;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

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

    @Test
    void refusedPersonalDataReadsAreInTheTrailSupervisorsRead() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String number = Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of()))
                .post("/api/v1/cases").then().statusCode(201).extract().path("number");
        Fixtures.asClerk().get("/api/v1/cases/" + number + "/personal-data").then().statusCode(200);
        given().auth().oauth2(TestTokens.token(new LocalTokens.Holder("clerk-next-town", "clerk", null, "330109014")))
                .get("/api/v1/cases/" + number + "/personal-data").then().statusCode(403);
        given().auth().oauth2(TestTokens.token(new LocalTokens.Holder("officer-elsewhere", "officer", "330109013-XX", null)))
                .get("/api/v1/cases/" + number + "/personal-data").then().statusCode(404);

        given().auth().oauth2(TestTokens.token("supervisor", null, "330109")).queryParam("case", number)
                .get("/api/v1/personal-data-reads").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.granted", contains(false, false, true))
                .body("items.actor", hasItems("clerk-next-town", "officer-elsewhere"));
        given().auth().oauth2(TestTokens.token("supervisor", null, "330110")).queryParam("case", number)
                .get("/api/v1/personal-data-reads").then().statusCode(200).body("total", equalTo(0));
        Fixtures.asClerk().get("/api/v1/personal-data-reads").then().statusCode(403);
    }

    @Test
    void noVisitIsRecordedOnARefusedCaseAndApplicantsSeeNoStaffLogins() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String number = Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of()))
                .post("/api/v1/cases").then().statusCode(201).extract().path("number");
        Fixtures.asClerk().body(Map.of("reason", "不属于本事项受理范围")).post("/api/v1/cases/" + number + "/refusal")
                .then().statusCode(200);
        Fixtures.asClerk().body(Map.of("purpose", "咨询")).post("/api/v1/cases/" + number + "/visits")
                .then().statusCode(409).body("detail", containsString("不予受理"));

        Map<String, Object> online = new HashMap<>(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of()));
        online.put("channel", "ONLINE");
        String applicant = TestTokens.token(new LocalTokens.Holder("resident-" + number, "applicant", null, null));
        String mine = given().auth().oauth2(applicant).contentType(ContentType.JSON).body(online).post("/api/v1/cases")
                .then().statusCode(201).extract().path("number");
        Fixtures.asClerk().body(Map.of("reason", "材料不符")).post("/api/v1/cases/" + mine + "/refusal").then().statusCode(200);
        given().auth().oauth2(applicant).get("/api/v1/cases/" + mine + "/history").then().statusCode(200)
                .body("actor", contains("resident-" + number, null));
    }

    @Test
    void anApplicantWithAClerksLoginOwnsNoneOfTheClerksCases() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String clerk = "clerk-" + java.util.UUID.randomUUID();
        String number = given().auth().oauth2(TestTokens.token(new LocalTokens.Holder(clerk, "clerk", null, Fixtures.TOWN)))
                .contentType(ContentType.JSON).body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of()))
                .post("/api/v1/cases").then().statusCode(201).extract().path("number");
        String impostor = TestTokens.token(new LocalTokens.Holder(clerk, "applicant", null, null));
        given().auth().oauth2(impostor).get("/api/v1/cases/" + number).then().statusCode(404);
        given().auth().oauth2(impostor).get("/api/v1/cases").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(impostor).contentType(ContentType.JSON).body(Map.of("reason", "不办了"))
                .post("/api/v1/cases/" + number + "/withdrawal").then().statusCode(404);
    }
}
