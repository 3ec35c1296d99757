package org.onetrip.intake.cases;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.PublishedItems;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * The window understands the conditions a material is asked for under: a town's own word for one, the facts it knows
 * itself (an agent's channel, an organisation, the age in a resident ID number), and no fact outside the vocabulary.
 */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class ConditionsTest {
    /** Born 2015-03-07: a minor. */
    private static final String CHILD = "110105201503070013";
    /** Born 1995-03-07: an adult under 60. */
    private static final String ADULT = "110105199503070013";

    @Test
    void anItemThatSaysOnBehalfStillAsksAnAgentForTheProxyPapers() {
        // As a catalogue published before the vocabulary would have it: the condition in the town's own word.
        String item = publish(conditional("M04", "代办人身份证及委托书", "ON_BEHALF", "委托他人代办的"));
        Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01"), List.of(), "PROXY", null)).post("/api/v1/checks")
                .then().statusCode(200).body("missing.code", hasItem("M04"));
        Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01"), List.of())).post("/api/v1/checks")
                .then().statusCode(200).body("missing.code", not(hasItem("M04")));
        // A department's system may still declare it in its own word too.
        Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01"), List.of("ON_BEHALF"))).post("/api/v1/checks")
                .then().statusCode(200).body("missing.code", hasItem("M04"));
    }

    @Test
    void theWindowDecidesFromTheIdNumberWhetherTheApplicantIsAMinor() {
        String item = publish(conditional("M07", "监护人身份证明", "MINOR", "申请人为未成年人的"));
        Fixtures.asClerk().body(withApplicant(item, CHILD, List.of())).post("/api/v1/cases").then().statusCode(201)
                .body("facts", hasItem("MINOR")).body("notice.missing.code", hasItem("M07"));
        Fixtures.asClerk().body(withApplicant(item, ADULT, List.of())).post("/api/v1/checks").then().statusCode(200)
                .body("missing.code", not(hasItem("M07")));
        // Nobody declares what the number says: a clerk's tick cannot make an adult a minor.
        Fixtures.asClerk().body(withApplicant(item, ADULT, List.of("MINOR"))).post("/api/v1/checks").then().statusCode(400)
                .body("errors.field", hasItem("facts[0]")).body("errors[0].message", containsString("身份证号码"));
    }

    @Test
    void anOrganisationIsAnEnterpriseApplicantWithoutSayingSo() {
        String item = publish(conditional("M08", "营业执照", "ENTERPRISE_APPLICANT", "申请人为企业的"));
        Map<String, Object> s = new HashMap<>(Fixtures.submission(item, List.of("M01"), List.of()));
        s.put("applicant", Map.of("kind", "ORGANISATION", "name", "杭州某某农业合作社", "creditCode", "91350100M000100Y43",
                "phone", Fixtures.PHONE));
        Fixtures.asClerk().body(s).post("/api/v1/checks").then().statusCode(200).body("missing.code", hasItem("M08"));
    }

    @Test
    void aFactOutsideTheVocabularyIsRefusedWithEveryOtherBadField() {
        String item = publish(conditional("M04", "代办人身份证及委托书", "PROXY_APPLICANT", "委托他人代办的"));
        Map<String, Object> s = new HashMap<>(Fixtures.submission(item, List.of("M01"), List.of("PROXY_APPLICANT", "本人行动不便")));
        s.put("applicant", Map.of("kind", "PERSON", "name", "王秀英", "idNumber", Fixtures.ID, "phone", "12"));
        Fixtures.asClerk().body(s).post("/api/v1/cases").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("facts[1]", "applicant.phone"))
                .body("errors.find { it.field == 'facts[1]' }.message", containsString("DISABLED（申请人为残疾人）"));
        Fixtures.asClerk().body(Map.of("facts", List.of("HOMEOWNER"), "materials", List.of(Map.of("code", "M04"))))
                .post("/api/v1/cases/" + Fixtures.TOWN + "-2026-000000/supplement").then().statusCode(400)
                .body("errors.field", hasItems("facts[0]"));
    }

    private static Map<String, Object> withApplicant(String item, String idNumber, List<String> facts) {
        Map<String, Object> s = new HashMap<>(Fixtures.submission(item, List.of("M01"), facts));
        s.put("applicant", Map.of("kind", "PERSON", "name", "李小明", "idNumber", idNumber, "phone", Fixtures.newPhone()));
        return s;
    }

    /** An item of the town asking for its ID card and one conditional material. */
    private static String publish(Map<String, Object> conditional) {
        String code = Fixtures.newItemCode();
        Map<String, Object> guide = new HashMap<>(Map.of("name", "按条件收件的事项", "category", "ADMINISTRATIVE_CONFIRMATION",
                "jurisdiction", Fixtures.TOWN, "department", Fixtures.MZ, "coDepartments", List.of(),
                "materials", List.of(Map.of("code", "M01", "name", "居民身份证", "necessity", "REQUIRED", "form", "ORIGINAL",
                        "copies", 1, "medium", "PAPER", "source", "APPLICANT"), conditional),
                "statutoryDays", 20, "promisedDays", 5, "trips", 1, "proxyEligible", true));
        PublishedItems.publish(code, 1, OffsetDateTime.now(), guide);
        await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.asClerk().body(Fixtures.submission(code, List.of(), List.of()))
                .post("/api/v1/checks").asString().contains("M01"));
        return code;
    }

    private static Map<String, Object> conditional(String code, String name, String conditionCode, String condition) {
        return Map.of("code", code, "name", name, "necessity", "CONDITIONAL", "conditionCode", conditionCode,
                "condition", condition, "form", "ORIGINAL", "copies", 1, "medium", "PAPER", "source", "APPLICANT");
    }
}
