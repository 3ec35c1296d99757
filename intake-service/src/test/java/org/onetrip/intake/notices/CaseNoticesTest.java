package org.onetrip.intake.notices;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.platform.notifications.NotificationTemplate;
import org.onetrip.platform.testing.MessageProviders;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * What a case's applicant hears, through real providers: SMS at an SMS gateway that checks Alibaba Cloud's request
 * signature, e-mail at a real SMTP server; recorded with masked addresses, retried when throttled, worded by the
 * town, never with the full ID number, and not sent on a channel the resident opted out of.
 */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class CaseNoticesTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final MessageProviders providers = MessageProviders.get();

    @Test
    void theApplicantHearsOfGapsAndAcceptanceBySmsAndEmailOnceEach() {
        String phone = Fixtures.newPhone();
        String email = "resident" + phone + "@example.cn";
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String number = submit(item, List.of("M01"), phone, email);

        Awaitility.await().atMost(WAIT).until(() -> providers.textsTo(phone).size() == 1 && providers.mailTo(email).size() == 1);
        MessageProviders.Sms gaps = providers.textsTo(phone).get(0);
        assertThat(gaps.signName()).isEqualTo(MessageProviders.SIGN_NAME);
        assertThat(gaps.templateCode()).isEqualTo(MessageProviders.TEMPLATE_CODE);
        assertThat(gaps.content()).contains("一次性告知", number, "近期一寸免冠彩色照片", "老年优待证申请表").doesNotContain(Fixtures.ID);
        assertThat(providers.mailTo(email).get(0).subject()).isEqualTo("办件材料需补齐：老年优待证核发");

        Fixtures.asClerk().body(Map.of("materials", List.of(Map.of("code", "M03", "reference", "原件已核"),
                Map.of("code", "M05", "reference", "原件已核")))).post("/api/v1/cases/" + number + "/supplement").then().statusCode(200);
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        String code = Fixtures.asClerk().get("/api/v1/cases/" + number).path("lookupCode");
        Awaitility.await().atMost(WAIT).until(() -> providers.textsTo(phone).size() == 2 && providers.mailTo(email).size() == 2);
        assertThat(providers.textsTo(phone).get(1).content()).contains("已于", "受理", number, code, "承诺于");
        assertThat(providers.mailTo(email).get(1).text()).contains(code);

        Fixtures.asClerk().queryParam("reference", number).get("/api/v1/notifications").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.kind", hasItems("case-incomplete", "case-accepted"))
                .body("items.channel", hasItems("SMS", "EMAIL"))
                .body("items.status", everyItem(equalTo("SENT")))
                .body("items.recipient", hasItems(phone.substring(0, 3) + "****" + phone.substring(7), "r***@example.cn"));
        String record = Fixtures.asClerk().queryParam("reference", number).get("/api/v1/notifications").asString();
        assertThat(record).contains("OK BizId=").contains("accepted <").doesNotContain(phone).doesNotContain(email);
    }

    @Test
    void aThrottledMessageIsRetriedUntilTheGatewayTakesIt() {
        String phone = Fixtures.newPhone();
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        providers.throttle(phone, 2);
        String number = submit(item, List.of("M01"), phone, null);

        Awaitility.await().atMost(WAIT).until(() -> providers.textsTo(phone).size() == 1);
        Fixtures.asClerk().queryParam("reference", number).get("/api/v1/notifications").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].status", equalTo("SENT")).body("items[0].attempts", equalTo(3));
    }

    @Test
    void aResidentWhoOptedOutOfSmsGetsNoneButTheMessageIsRecorded() {
        String phone = Fixtures.newPhone();
        String email = "optout" + phone + "@example.cn";
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String number = submit(item, List.of("M01", "M03", "M05"), phone, email);
        String code = Fixtures.asClerk().get("/api/v1/cases/" + number).path("lookupCode");

        given().contentType(ContentType.JSON).queryParam("code", code).body(Map.of("channels", List.of("SMS", "FAX")))
                .post("/api/v1/progress/" + number + "/opt-out").then().statusCode(400);
        given().contentType(ContentType.JSON).queryParam("code", "AAAA-AAAA").body(Map.of("channels", List.of("SMS")))
                .post("/api/v1/progress/" + number + "/opt-out").then().statusCode(404);
        given().contentType(ContentType.JSON).queryParam("code", code).body(Map.of("channels", List.of("SMS")))
                .post("/api/v1/progress/" + number + "/opt-out").then().statusCode(204);
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);

        Awaitility.await().atMost(WAIT).until(() -> providers.mailTo(email).size() == 1);
        assertThat(providers.textsTo(phone)).isEmpty();
        Fixtures.asClerk().queryParam("reference", number).get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.channel == 'SMS' }.status", equalTo("OPTED_OUT"));
    }

    @Test
    void aTownRewordsAMessageForOneItemCategoryWithoutARebuild() {
        String admin = TestTokens.token("catalogue-admin", null, Fixtures.TOWN);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("subject", "{#if}", "body", "{#for x in}"))
                .put("/api/v1/notification-templates/qr/case-unknown").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("category", "kind"));
        given().auth().oauth2(TestTokens.token("clerk", null, Fixtures.TOWN)).contentType(ContentType.JSON)
                .body(Map.of("subject", "s", "body", "b")).put("/api/v1/notification-templates/QR/case-accepted").then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("subject", "受理通知", "body", "【老年优待】{item} 已受理，件号 {number}，{dueDate} 前办结。"))
                .put("/api/v1/notification-templates/QR/case-accepted").then().statusCode(200);
        try {
            String phone = Fixtures.newPhone();
            String number = acceptedCase(phone);
            Awaitility.await().atMost(WAIT).until(() -> providers.textsTo(phone).size() == 1);
            assertThat(providers.textsTo(phone).get(0).content()).startsWith("【老年优待】老年优待证核发 已受理，件号 " + number);
        } finally {
            given().auth().oauth2(admin).delete("/api/v1/notification-templates/QR/case-accepted").then().statusCode(204);
        }
        given().auth().oauth2(admin).get("/api/v1/notification-templates/QR/case-accepted").then().statusCode(200)
                .body("subject", equalTo("已受理：{item}"));
    }

    @Test
    void aWordingIsDataThatNamesOnlyItsMessagesFieldsAndReachesNoSecret() {
        String admin = TestTokens.token("catalogue-admin", null, Fixtures.TOWN);
        String probe = "{config:[\"quarkus.datasource.password\"]}";
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("subject", "{inject:notifications}", "body", "{number} " + probe + " {#for m in missing}{m}{/for} {item.toString()} }"))
                .put("/api/v1/notification-templates/QR/case-accepted").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("subject", "body"))
                .body("errors.find { it.field == 'subject' }.message", containsString("{inject:notifications}"))
                .body("errors.findAll { it.field == 'body' }.message", hasItems(containsString(probe),
                        containsString("{#for m in missing}"), containsString("{item.toString()}"), containsString("{lookupCode}")))
                .body("errors.findAll { it.field == 'body' }.size()", equalTo(6));
        given().auth().oauth2(admin).get("/api/v1/notification-templates/QR/case-accepted").then().statusCode(200)
                .body("subject", equalTo("已受理：{item}"));
    }

    @Test
    void aWordingStoredBeforeTheRulesIsNeverRunAndTheStandardOneIsSent() {
        // As a Qute wording from before the rules was stored: the migration keeps it, rendering refuses it.
        QuarkusTransaction.requiringNew().run(() -> {
            NotificationTemplate t = new NotificationTemplate();
            t.jurisdiction = Fixtures.TOWN;
            t.category = "QR";
            t.kind = "case-accepted";
            t.subject = "受理";
            t.body = "{number} {config:[\"quarkus.datasource.password\"]} {config:[\"onetrip.pii.hash-key\"]}";
            t.updatedAt = OffsetDateTime.now();
            t.updatedBy = "before";
            t.persist();
        });
        try {
            String phone = Fixtures.newPhone();
            String number = acceptedCase(phone);
            Awaitility.await().atMost(WAIT).until(() -> providers.textsTo(phone).size() == 1);
            assertThat(providers.textsTo(phone).get(0).content()).contains("已于", number).doesNotContain("onetrip");
            assertThat(Fixtures.asClerk().queryParam("reference", number).get("/api/v1/notifications").asString())
                    .doesNotContain(ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> NotificationTemplate.delete("jurisdiction = ?1 and kind = ?2", Fixtures.TOWN, "case-accepted"));
        }
    }

    @Test
    void aWordingBelongsToItsJurisdictionATownInheritsItsDistrictsAndNoOtherTownMayChangeIt() {
        String district = Fixtures.TOWN.substring(0, 6);
        String districtAdmin = TestTokens.token("catalogue-admin", null, district);
        String townAdmin = TestTokens.token("catalogue-admin", null, Fixtures.TOWN);
        String otherTownAdmin = TestTokens.token("catalogue-admin", null, district + "999");
        Map<String, String> wording = Map.of("subject", "受理", "body", "【区】{number} 已受理");

        given().auth().oauth2(otherTownAdmin).contentType(ContentType.JSON).body(wording).queryParam("jurisdiction", Fixtures.TOWN)
                .put("/api/v1/notification-templates/*/case-accepted").then().statusCode(403);
        given().auth().oauth2(otherTownAdmin).queryParam("jurisdiction", Fixtures.TOWN)
                .delete("/api/v1/notification-templates/*/case-accepted").then().statusCode(403);
        given().auth().oauth2(townAdmin).contentType(ContentType.JSON).body(wording).queryParam("jurisdiction", district)
                .put("/api/v1/notification-templates/*/case-accepted").then().statusCode(403);
        given().auth().oauth2(townAdmin).contentType(ContentType.JSON).body(wording).queryParam("jurisdiction", Fixtures.TOWN + "201")
                .put("/api/v1/notification-templates/*/case-accepted").then().statusCode(400).body("errors.field", hasItems("jurisdiction"));
        given().auth().oauth2(districtAdmin).contentType(ContentType.JSON).body(wording).queryParam("jurisdiction", district)
                .put("/api/v1/notification-templates/*/case-accepted").then().statusCode(200);
        try {
            String phone = Fixtures.newPhone();
            String number = acceptedCase(phone);
            Awaitility.await().atMost(WAIT).until(() -> providers.textsTo(phone).size() == 1);
            assertThat(providers.textsTo(phone).get(0).content()).isEqualTo("【区】" + number + " 已受理");
            given().auth().oauth2(otherTownAdmin).get("/api/v1/notification-templates/QR/case-accepted").then().statusCode(200)
                    .body("body", equalTo("【区】{number} 已受理"));

            given().auth().oauth2(townAdmin).contentType(ContentType.JSON).body(Map.of("subject", "受理", "body", "【镇】{number}"))
                    .put("/api/v1/notification-templates/QR/case-accepted").then().statusCode(200);
            given().auth().oauth2(townAdmin).get("/api/v1/notification-templates/QR/case-accepted").then().statusCode(200)
                    .body("body", equalTo("【镇】{number}"));
            given().auth().oauth2(otherTownAdmin).get("/api/v1/notification-templates/QR/case-accepted").then().statusCode(200)
                    .body("body", equalTo("【区】{number} 已受理"));
            given().auth().oauth2(otherTownAdmin).queryParam("jurisdiction", Fixtures.TOWN)
                    .get("/api/v1/notification-templates/QR/case-accepted").then().statusCode(403);
        } finally {
            given().auth().oauth2(townAdmin).delete("/api/v1/notification-templates/QR/case-accepted").then().statusCode(204);
            given().auth().oauth2(districtAdmin).queryParam("jurisdiction", district)
                    .delete("/api/v1/notification-templates/*/case-accepted").then().statusCode(204);
        }
    }

    /** A case of the town's QR item accepted at once, its applicant at this phone. */
    private static String acceptedCase(String phone) {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String number = submit(item, List.of("M01", "M03", "M05"), phone, null);
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        return number;
    }

    private static String submit(String item, List<String> materials, String phone, String email) {
        Map<String, Object> applicant = new HashMap<>(Map.of("kind", "PERSON", "name", "王秀英", "idNumber", Fixtures.ID, "phone", phone));
        if (email != null) {
            applicant.put("email", email);
        }
        Map<String, Object> submission = new HashMap<>(Fixtures.submission(item, materials, List.of()));
        submission.put("applicant", applicant);
        return Fixtures.asClerk().body(submission).post("/api/v1/cases").then().statusCode(201).extract().path("number");
    }
}
