package org.onetrip.intake.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.platform.testing.TestClock;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** The integrated window as a clerk and an applicant meet it. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class WindowTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theOneTimeNoticeNamesEveryMissingMaterialAtOnce() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String number = Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01"), List.of("PROXY_APPLICANT")))
                .post("/api/v1/cases")
                .then().statusCode(201)
                .body("status", equalTo("SUPPLEMENT_REQUESTED"))
                .body("notice.missing.code", containsInAnyOrder("M03", "M04", "M05"))
                .body("notice.fetched", equalTo(List.of("M02")))
                .body("materials.find { it.code == 'M02' }.fetched", equalTo(true))
                .extract().path("number");
        assertThat(number).startsWith(Fixtures.TOWN + "-");

        // Nothing of it is tolerable (容缺): the acceptance is refused, naming each missing material.
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(409)
                .body("type", equalTo("urn:onetrip:problem:conflict"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("materials.M03", "materials.M05"))
                .body("detail", containsString("尚缺"));
        Fixtures.asClerk().body(Map.of("materials", List.of(Map.of("code", "M03"), Map.of("code", "M04"), Map.of("code", "M05"))))
                .post("/api/v1/cases/" + number + "/supplement")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("notice.missing", equalTo(List.of()));
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance")
                .then().statusCode(200).body("status", equalTo("ROUTED"))
                .body("departments.department", equalTo(List.of(Fixtures.MZ)));
        Fixtures.asClerk().get("/api/v1/cases/" + number + "/history")
                .then().statusCode(200)
                .body("to", equalTo(List.of("SUBMITTED", "SUPPLEMENT_REQUESTED", "SUBMITTED", "ACCEPTED", "ROUTED")));
    }

    @Test
    void theDueDateCountsWorkingDaysOnTheCalendar() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        clock.setDay(LocalDate.of(2026, 2, 13));
        String number = submitComplete(item, null);
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance")
                .then().statusCode(200)
                .body("acceptedOn", equalTo("2026-02-13"))
                .body("promisedDays", equalTo(5))
                .body("dueDate", equalTo("2026-02-27"));
        assertThat(number).contains("-2026-");
    }

    @Test
    void aGreenChannelShortensTheLimitAndWaivesMaterials() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        clock.setDay(LocalDate.of(2025, 3, 7));
        String number = Fixtures.asClerk()
                .body(Fixtures.submission(item, List.of("M01", "M05"), List.of(), "WINDOW", "TALENT_GREEN_CHANNEL"))
                .post("/api/v1/cases")
                .then().statusCode(201).body("status", equalTo("SUBMITTED"))
                .body("ruleCode", equalTo("GREEN_CHANNEL")).body("notice.waived", equalTo(List.of("M03")))
                .extract().path("number");
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance")
                .then().statusCode(200).body("promisedDays", equalTo(2)).body("dueDate", equalTo("2025-03-11"));
    }

    @Test
    void aNewCatalogueVersionChangesNewCasesNotAcceptedOnes() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String accepted = submitComplete(item, null);
        Fixtures.asClerk().post("/api/v1/cases/" + accepted + "/acceptance").then().statusCode(200);
        Fixtures.publishElderlyCard(item, 2, List.of());
        Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of())).post("/api/v1/cases")
                .then().statusCode(201).body("itemVersion", equalTo(2)).body("notice.missing.code", equalTo(List.of("M06")));
        Fixtures.asClerk().get("/api/v1/cases/" + accepted).then().body("itemVersion", equalTo(1));
    }

    @Test
    void invalidIdNumbersAndCreditCodesAreRefusedClearly() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        Map<String, Object> person = Fixtures.submission(item, List.of(), List.of());
        person.put("applicant", Map.of("kind", "PERSON", "name", "王秀英", "idNumber", "110105194912310021", "phone", "13812345678"));
        Fixtures.asClerk().body(person).post("/api/v1/cases")
                .then().statusCode(400).body("errors.field", equalTo(List.of("applicant.idNumber")));
        Map<String, Object> organisation = Fixtures.submission(item, List.of(), List.of());
        organisation.put("applicant", Map.of("kind", "ORGANISATION", "name", "某公司", "creditCode", "91350100M000100Y44", "phone", "12345"));
        Fixtures.asClerk().header("Accept-Language", "en").body(organisation).post("/api/v1/cases")
                .then().statusCode(400).body("errors.field", hasItems("applicant.creditCode", "applicant.phone"))
                .body("errors.message", hasItem(containsString("check character")));
    }

    @Test
    void personalDataIsMaskedInResponsesAndLogsAndEveryFullReadIsRecorded() {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        String number;
        try {
            number = submitComplete(Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of()), null);
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        String body = Fixtures.asClerk().get("/api/v1/cases/" + number).then().statusCode(200)
                .body("applicant.code", equalTo("1101**********002X"))
                .body("applicant.phone", equalTo("138****5678"))
                .extract().asString();
        assertThat(body).doesNotContain(Fixtures.ID).doesNotContain(Fixtures.PHONE);
        assertThat(logged).anyMatch(line -> line.contains(number)).noneMatch(line -> line.contains(Fixtures.ID))
                .noneMatch(line -> line.contains(Fixtures.PHONE));

        long reads = QuarkusTransaction.requiringNew().call(() -> PersonalDataRead.count());
        Fixtures.asClerk().get("/api/v1/cases/" + number + "/personal-data")
                .then().statusCode(200).body("code", equalTo(Fixtures.ID)).body("phone", equalTo(Fixtures.PHONE));
        assertThat(QuarkusTransaction.requiringNew().call(() -> PersonalDataRead.count())).isEqualTo(reads + 1);
        Fixtures.asOfficer("330109013-XX").get("/api/v1/cases/" + number + "/personal-data").then().statusCode(404);
    }

    @Test
    void theWrongTokenOrScopeIsRefused() {
        String number = submitComplete(Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of()), null);
        given().get("/api/v1/cases/" + number).then().statusCode(401);
        given().auth().oauth2(TestTokens.forgedToken("clerk")).get("/api/v1/cases/" + number).then().statusCode(401);
        given().auth().oauth2(TestTokens.token("agent", null, Fixtures.TOWN)).get("/api/v1/cases/" + number).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("clerk", null, "330109014")).get("/api/v1/cases/" + number).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("clerk", null, "330109014")).post("/api/v1/cases/" + number + "/acceptance")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.token("applicant")).get("/api/v1/cases/" + number).then().statusCode(404);
        given().auth().oauth2(TestTokens.token("officer", Fixtures.MZ, null)).contentType(ContentType.JSON)
                .body(Fixtures.submission("x", List.of(), List.of())).post("/api/v1/cases").then().statusCode(403);
    }

    @Test
    void residentsLookUpProgressWithoutSeeingPersonalData() {
        String number = submitComplete(Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of()), null);
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        String code = Fixtures.asClerk().get("/api/v1/cases/" + number).then().statusCode(200)
                .body("lookupCode", matchesPattern("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}")).extract().path("lookupCode");
        String body = given().queryParam("code", code).get("/api/v1/progress/" + number)
                .then().statusCode(200)
                .body("status", equalTo("ROUTED"))
                .body("timeline.status", hasItems("SUBMITTED", "ACCEPTED", "ROUTED"))
                .body("dueDate", not(equalTo(null)))
                .extract().asString();
        assertThat(body).doesNotContain("王秀英").doesNotContain(Fixtures.ID).doesNotContain("5678").doesNotContain("1101")
                .doesNotContain(code);
        given().queryParam("code", code.toLowerCase().replace("-", "")).get("/api/v1/progress/" + number).then().statusCode(200);

        // The phone's last four digits, which anyone who saw the example could guess, open nothing any more.
        String wrongCode = given().queryParam("code", "5678").get("/api/v1/progress/" + number)
                .then().statusCode(404).extract().path("title");
        String unknownCase = given().queryParam("code", code).get("/api/v1/progress/" + number + "9")
                .then().statusCode(404).extract().path("title");
        assertThat(wrongCode).isEqualTo(unknownCase);

        int tooMany = 0;
        for (int i = 0; i < 40 && tooMany == 0; i++) {
            tooMany += given().queryParam("code", "0000-0000").get("/api/v1/progress/" + number).statusCode() == 429 ? 1 : 0;
        }
        assertThat(tooMany).as("look-ups are rate limited").isEqualTo(1);
    }

    static String submitComplete(String item, String applicantClass) {
        return Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of(), "WINDOW", applicantClass))
                .post("/api/v1/cases").then().statusCode(201).body("status", equalTo("SUBMITTED")).extract().path("number");
    }
}
