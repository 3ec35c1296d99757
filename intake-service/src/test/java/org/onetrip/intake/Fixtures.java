package org.onetrip.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.awaitility.Awaitility;
import org.onetrip.platform.testing.PublishedItems;
import org.onetrip.platform.testing.TestTokens;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Published items arrive as catalogue-service would send them; clerks and officers call as front ends do. */
public final class Fixtures {
    public static final String TOWN = "330109013";
    public static final String MZ = "330109013-MZ";
    public static final String NY = "330109013-NY";
    public static final String JS = "330109013-JS";
    public static final String ID = "11010519491231002X";
    public static final String PHONE = "13812345678";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static RequestSpecification asClerk() {
        return given().auth().oauth2(TestTokens.token("clerk", null, TOWN)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asOfficer(String department) {
        return given().auth().oauth2(TestTokens.token("officer", department, null)).contentType(ContentType.JSON);
    }

    /** A mobile number no other test's resident has (their messages are told apart by it). */
    public static String newPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A fresh item code, so tests never share an item. */
    public static String newItemCode() {
        // Never one this test run used: a test counting its item's cases must not find another test's.
        String code;
        do {
            code = TOWN + "-QR-" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000));
        } while (!ITEM_CODES_USED.add(code));
        return code;
    }

    private static final java.util.Set<String> ITEM_CODES_USED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Publishes an item like 老年优待证核发 on catalogue.items and waits until intake offers it. */
    public static String publishElderlyCard(String code, int version, List<String> coDepartments) {
        List<Map<String, Object>> materials = new ArrayList<>(List.of(
                material("M01", "居民身份证", "REQUIRED", "APPLICANT"),
                material("M02", "户口簿", "REQUIRED", "SHARED_DATA"),
                material("M03", "近期一寸免冠彩色照片", "REQUIRED", "APPLICANT"),
                conditional("M04", "代办人身份证及委托书", "PROXY_APPLICANT", "委托他人代办的"),
                material("M05", "老年优待证申请表", "REQUIRED", "APPLICANT")));
        if (version > 1) {
            materials.add(material("M06", "新增材料", "REQUIRED", "APPLICANT"));
        }
        Map<String, Object> guide = new HashMap<>(Map.of("name", "老年优待证核发", "category", "ADMINISTRATIVE_CONFIRMATION",
                "jurisdiction", TOWN, "department", MZ, "coDepartments", coDepartments, "materials", materials,
                "statutoryDays", 20, "promisedDays", 5, "trips", 0, "proxyEligible", true));
        guide.put("facilitationRules", List.of(Map.of("code", "GREEN_CHANNEL", "name", "绿色通道",
                "applicantClasses", List.of("TALENT_GREEN_CHANNEL"), "waivedMaterials", List.of("M03"), "promisedDays", 2)));
        guide.put("online", true);
        publish(code, version, guide);
        return code;
    }

    public static void publish(String code, int version, Map<String, Object> guide) {
        PublishedItems.publish(code, version, OffsetDateTime.now(), guide);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(TestTokens.token("clerk", null, TOWN))
                .contentType(ContentType.JSON).body(submission(code, List.of(), List.of()))
                .post("/api/v1/checks").statusCode() == 200
                && given().auth().oauth2(TestTokens.token("clerk", null, TOWN)).contentType(ContentType.JSON)
                .body(submission(code, List.of(), List.of())).post("/api/v1/checks").asString().contains(version > 1 ? "M06" : "M05"));
    }

    public static Map<String, Object> submission(String itemCode, List<String> materialCodes, List<String> facts) {
        return submission(itemCode, materialCodes, facts, "WINDOW", null);
    }

    public static Map<String, Object> submission(String itemCode, List<String> materialCodes, List<String> facts,
                                                 String channel, String applicantClass) {
        Map<String, Object> s = new HashMap<>(Map.of("itemCode", itemCode, "jurisdiction", TOWN, "channel", channel,
                "applicant", Map.of("kind", "PERSON", "name", "王秀英", "idNumber", ID, "phone", PHONE),
                "facts", facts,
                "materials", materialCodes.stream().map(c -> Map.of("code", c, "reference", "原件已核")).toList()));
        if (applicantClass != null) {
            s.put("applicantClass", applicantClass);
        }
        return s;
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> material(String code, String name, String necessity, String source) {
        return Map.of("code", code, "name", name, "necessity", necessity, "form", "ORIGINAL", "copies", 1,
                "medium", "PAPER", "source", source);
    }

    private static Map<String, Object> conditional(String code, String name, String conditionCode, String condition) {
        return Map.of("code", code, "name", name, "necessity", "CONDITIONAL", "conditionCode", conditionCode,
                "condition", condition, "form", "ORIGINAL", "copies", 1, "medium", "PAPER", "source", "APPLICANT");
    }
}
