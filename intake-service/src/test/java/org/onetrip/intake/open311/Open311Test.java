package org.onetrip.intake.open311;

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
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** A civic app's Open311 GeoReport v2 request becomes a case at once, and anyone follows it without personal data. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class Open311Test {

    @Test
    void aCivicAppsRequestIsACaseAtOnceAndCanBeFollowed() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String key = issueKey(Fixtures.TOWN);
        Map<String, Object> form = request(key, item);
        var created = form().formParams(form).post("/open311/v2/requests.json").then().statusCode(200)
                .contentType(ContentType.JSON).body("[0].service_request_id", startsWith(Fixtures.TOWN))
                .body("[0].token", notNullValue()).extract().jsonPath();
        String number = created.getString("[0].service_request_id");
        String token = created.getString("[0].token");

        // The case is the window's like any other: a mobile submission, the resident sealed and masked, materials from the attributes.
        Fixtures.asClerk().get("/api/v1/cases/" + number).then().statusCode(200).body("channel", equalTo("MOBILE"))
                .body("applicant.name", equalTo("王秀英")).body("applicant.code", equalTo("1101**********002X"))
                .body("materials.code", hasItem("M03")).body("status", equalTo("SUBMITTED"));
        String answer = given().get("/open311/v2/requests/" + number + ".json").then().statusCode(200)
                .body("[0].status", equalTo("open")).body("[0].service_code", equalTo(item))
                .body("[0].status_notes", containsString("已接件")).body("[0].expected_datetime", nullValue())
                .body("[0].lat", equalTo(30.08f)).extract().asString();
        assertThat(answer).doesNotContain(Fixtures.ID).doesNotContain("王秀英").doesNotContain(Fixtures.PHONE);
        given().get("/open311/v2/tokens/" + token + ".json").then().statusCode(200).body("[0].service_request_id", equalTo(number));

        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        given().get("/open311/v2/requests/" + number + ".json").then().body("[0].expected_datetime", notNullValue())
                .body("[0].updated_datetime", notNullValue());
        given().queryParam("service_request_id", number).get("/open311/v2/requests.xml").then().statusCode(200)
                .contentType(containsString("xml"))
                .body(containsString("<service_requests><request><service_request_id>" + number + "</service_request_id>"))
                .body(containsString("<status>open</status>"));
        given().queryParam("service_code", item).queryParam("status", "closed").get("/open311/v2/requests.json")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void listingsKeepToTheJurisdictionAskedForAndAreLimitedPerClient() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String number = form().formParams(request(issueKey(Fixtures.TOWN), item)).post("/open311/v2/requests.json").then()
                .statusCode(200).extract().path("[0].service_request_id");
        given().queryParam("jurisdiction_id", Fixtures.TOWN).queryParam("service_code", item).get("/open311/v2/requests.json")
                .then().statusCode(200).body("service_request_id", contains(number));
        given().queryParam("jurisdiction_id", "330109014").queryParam("service_code", item).get("/open311/v2/requests.json")
                .then().statusCode(200).body("size()", equalTo(0));
        given().queryParam("jurisdiction_id", "3301090").get("/open311/v2/requests.json").then().statusCode(400);

        String client = "192.0.2." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
        int answered = 0;
        while (answered < 100 && given().header("X-Forwarded-For", client).queryParam("service_code", item)
                .get("/open311/v2/requests.json").statusCode() == 200) {
            answered++;
        }
        assertThat(answered).as("a client's listings in a minute").isEqualTo(20);
    }

    @Test
    void errorsComeInOpen311sOwnShape() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        Map<String, Object> noKey = request("wrong-key", item);
        form().formParams(noKey).post("/open311/v2/requests.json").then().statusCode(403)
                .contentType(ContentType.JSON).body("[0].code", equalTo(403)).body("[0].description", notNullValue());
        String key = issueKey(Fixtures.TOWN);
        Map<String, Object> badId = request(key, item);
        badId.put("attribute[APPLICANT_ID_NUMBER]", "123");
        badId.put("attribute[NOPE]", "x");
        form().formParams(badId).post("/open311/v2/requests.xml").then().statusCode(400)
                .body(containsString("<errors><error><code>400</code>")).body(containsString("attribute[NOPE]"));
        badId.remove("attribute[NOPE]");
        form().formParams(badId).post("/open311/v2/requests.json").then().statusCode(400)
                .body("description", hasItem(containsString("attribute[APPLICANT_ID_NUMBER]")));
        Map<String, Object> unknown = request(key, Fixtures.TOWN + "-QR-9999");
        form().formParams(unknown).post("/open311/v2/requests.json").then().statusCode(404).body("[0].code", equalTo(404));
        given().get("/open311/v2/requests/330109013-2026-999999.json").then().statusCode(404).body("[0].code", equalTo(404));

        // An item that cannot be applied for online takes no requests; an app cannot submit outside its jurisdiction.
        String offline = Fixtures.newItemCode();
        Map<String, Object> guide = new HashMap<>(Map.of("name", "线下事项", "jurisdiction", Fixtures.TOWN, "department", Fixtures.MZ,
                "promisedDays", 5, "materials", List.of(Map.of("code", "M01", "name", "居民身份证", "necessity", "REQUIRED"))));
        org.onetrip.platform.testing.PublishedItems.publish(offline, 1, java.time.OffsetDateTime.now(), guide);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> Fixtures.asClerk()
                .body(Fixtures.submission(offline, List.of(), List.of())).post("/api/v1/checks").statusCode() == 200);
        form().formParams(request(key, offline)).post("/open311/v2/requests.json").then().statusCode(400);
        Map<String, Object> elsewhere = request(key, item);
        elsewhere.put("jurisdiction_id", "330109014");
        form().formParams(elsewhere).post("/open311/v2/requests.json").then().statusCode(403);
    }

    @Test
    void onlyASupervisorIssuesKeysWithinTheirJurisdiction() {
        given().auth().oauth2(TestTokens.token("clerk", null, Fixtures.TOWN)).contentType(ContentType.JSON)
                .body(Map.of("name", "浙里办", "jurisdiction", Fixtures.TOWN)).post("/api/v1/open311/apps").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("supervisor", null, "330109014")).contentType(ContentType.JSON)
                .body(Map.of("name", "浙里办", "jurisdiction", Fixtures.TOWN)).post("/api/v1/open311/apps").then().statusCode(403);
    }

    /** A form as a civic app sends it: UTF-8, percent-encoded. */
    private static io.restassured.specification.RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded; charset=utf-8");
    }

    private static String issueKey(String jurisdiction) {
        return given().auth().oauth2(TestTokens.token("supervisor", null, "33")).contentType(ContentType.JSON)
                .body(Map.of("name", "浙里办", "jurisdiction", jurisdiction)).post("/api/v1/open311/apps")
                .then().statusCode(201).body("apiKey", startsWith("o311_")).extract().path("apiKey");
    }

    private static Map<String, Object> request(String key, String item) {
        Map<String, Object> form = new HashMap<>(Map.of("api_key", key, "service_code", item, "jurisdiction_id", Fixtures.TOWN,
                "last_name", "王", "first_name", "秀英", "phone", Fixtures.PHONE, "attribute[APPLICANT_ID_NUMBER]", Fixtures.ID,
                "attribute[M01]", "身份证扫描件 file-001", "attribute[M03]", "照片 file-002", "description", "申请老年优待证"));
        form.put("attribute[M05]", "申请表 file-003");
        form.put("lat", "30.08");
        form.put("long", "120.21");
        form.put("address_string", "义桥镇义桥村");
        return form;
    }
}
