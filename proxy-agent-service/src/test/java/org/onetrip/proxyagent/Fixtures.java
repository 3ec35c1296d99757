package org.onetrip.proxyagent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.onetrip.platform.testing.PublishedItems;
import org.onetrip.platform.testing.TestTokens;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Items as the catalogue publishes them, agents as a town clerk adds them, residents as they call in. */
public final class Fixtures {
    public static final String TOWN = "330109013";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static RequestSpecification asClerk() {
        return given().auth().oauth2(TestTokens.token("clerk", null, TOWN)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asAgent(String subject) {
        return given().auth().oauth2(TestTokens.token(new org.onetrip.devstack.LocalTokens.Holder(subject, "agent", null, TOWN)))
                .contentType(ContentType.JSON);
    }

    /** A village of its own for each test, so assignment counts never mix. */
    public static String newVillage() {
        // Never one this run used: a village drawn twice gives a test another test's agents (a CI-visible flake).
        String village;
        do {
            village = TOWN + String.format("%03d", ThreadLocalRandom.current().nextInt(300, 1000));
        } while (!VILLAGES_USED.add(village));
        return village;
    }

    private static final java.util.Set<String> VILLAGES_USED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Publishes an item on catalogue.items and waits until the village list shows it (or, if not eligible, a moment). */
    public static String publishItem(boolean proxyEligible) {
        String code = TOWN + "-JF-" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000));
        Map<String, Object> guide = new HashMap<>(Map.of("name", proxyEligible ? "残疾人补助救助保障" : "农村宅基地建房审批",
                "jurisdiction", TOWN, "department", TOWN + "-CL", "place", "义桥镇便民服务中心综合受理窗口",
                "proxyEligible", proxyEligible, "materials", List.of(
                        Map.of("code", "M01", "name", "居民身份证", "necessity", "REQUIRED", "source", "APPLICANT"),
                        Map.of("code", "M08", "name", "残疾人证", "necessity", "REQUIRED", "source", "SHARED_DATA"))));
        PublishedItems.publish(code, 1, OffsetDateTime.now(), guide);
        await().atMost(Duration.ofSeconds(60)).until(() -> given().queryParam("size", 100)
                .get("/api/v1/villages/" + TOWN + "201/items").asString().contains(code) == proxyEligible
                && (proxyEligible || asClerk().body(request(code, TOWN + "201")).post("/api/v1/requests").statusCode() == 422));
        return code;
    }

    /** Adds an agent; returns its id. The subject is also its login. */
    public static String addAgent(String subject, String name, String level, String jurisdiction, int capacity) {
        Map<String, Object> agent = new HashMap<>(Map.of("subject", subject, "name", name, "level", level,
                "jurisdiction", jurisdiction, "roles", List.of("WOMEN_CADRE"), "partyMember", true, "phone", "13900001111",
                "active", true, "capacity", capacity));
        agent.put("duties", "代办老年人、残疾人事项");
        agent.put("pledge", "群众少跑腿，代办员多跑路");
        return asClerk().body(agent)
                .post("/api/v1/agents").then().statusCode(201).extract().path("id");
    }

    public static String newSubject(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> request(String item, String village) {
        return Map.of("itemCode", item, "village", village, "source", "PHONE", "residentName", "李阿婆",
                "residentIdNumber", "360426199101010071", "phone", "13700002222", "notes", "行动不便");
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
