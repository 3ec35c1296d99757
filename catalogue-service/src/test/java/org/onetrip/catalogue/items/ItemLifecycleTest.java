package org.onetrip.catalogue.items;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.catalogue.Fixtures;
import org.onetrip.platform.testing.EventSchemas;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.PrintedPdf;
import org.onetrip.platform.testing.TestTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** An item from draft to publication, new versions, withdrawal, and what the catalogue tells the others. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class ItemLifecycleTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @BeforeEach
    void referenceData() {
        Fixtures.referenceData();
    }

    @Test
    void publishingAnIncompleteDraftIsRefusedWithEverythingMissing() {
        String code = newCode();
        create(code, Fixtures.bareGuide("测试不完整事项")).then().statusCode(201).body("status", equalTo("DRAFT"));

        Fixtures.asAdmin().post("/api/v1/items/" + code + "/publication")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:onetrip:problem:unprocessable"))
                .body("errors.field", hasItems("department", "legalBasis", "conditions", "materials", "steps",
                        "statutoryDays", "promisedDays", "trips", "place", "consultationPhone"));
        given().get("/api/v1/catalogue/items/" + code).then().statusCode(404);
    }

    @Test
    void anItemIsPublishedAnnouncedAndReadableByAll() {
        String code = newCode();
        try (KafkaProbe kafka = new KafkaProbe(ItemEvents.TOPIC)) {
            create(code, Fixtures.completeGuide("测试老年优待证核发")).then().statusCode(201);
            publish(code).then().statusCode(200).body("status", equalTo("PUBLISHED")).body("version", equalTo(1));

            ConsumerRecord<String, String> event = awaitEvent(kafka, code, ItemEvents.PUBLISHED);
            EventSchemas.assertValid(event);
            assertThat(event.value()).contains("\"code\":\"" + code + "\"").contains("测试老年优待证核发")
                    .contains("\"basicCode\":\"QR00123000\"").contains("\"caseType\":\"PROMISED\"");
        }
        given().get("/api/v1/catalogue/items/" + code)
                .then().statusCode(200)
                .body("guide.name", equalTo("测试老年优待证核发"))
                .body("guide.materials.code", containsInAnyOrder("M01", "M02", "M03"));
        given().accept(ContentType.HTML).get("/api/v1/catalogue/items/" + code + "/guide")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("测试老年优待证核发"), containsString("申报材料"), containsString("测试镇民政办"),
                        containsString("数据共享获取，无需提交"), containsString("0571-11110000"));
        // The same guide as PDF: its Chinese is embedded, so the text reads back and the title is ink on the page.
        byte[] pdf = given().get("/api/v1/catalogue/items/" + code + "/guide.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(PrintedPdf.text(pdf)).contains("测试老年优待证核发 办事指南", "申报材料", "居民身份证", "测试镇民政办",
                "QR00123000", "承诺件", "自然人", "证照", "全区通办");
    }

    @Test
    void anItemOffTheReformListMayPromiseMoreThanOneTripAnItemOnItAtMostOne() {
        ItemGuide c = Fixtures.completeGuide("测试多次跑事项");
        java.util.function.BiFunction<Integer, Boolean, ItemGuide> withTrips = (trips, listed) -> new ItemGuide(c.name(), null,
                c.category(), c.jurisdiction(), c.department(), c.coDepartments(), c.legalBasis(), c.conditions(), c.materials(),
                c.steps(), c.statutoryDays(), c.promisedDays(), c.fees(), trips, c.online(), c.proxyEligible(), listed, c.place(),
                c.openingHours(), c.consultationPhone(), c.supervisionPhone(), c.faq(), c.facilitationRules(), null, c.national());
        String listed = newCode();
        create(listed, withTrips.apply(2, true)).then().statusCode(201);
        publish(listed).then().statusCode(422).body("errors.field", hasItem("trips"));
        String offList = newCode();
        create(offList, withTrips.apply(2, false)).then().statusCode(201);
        publish(offList).then().statusCode(200);
        given().get("/api/v1/catalogue/items/" + offList).then().body("guide.trips", equalTo(2));
        create(newCode(), withTrips.apply(10, false)).then().statusCode(400);
    }

    @Test
    void theNationalCodesMustAgreeWithTheItem() {
        String code = newCode();
        ItemGuide complete = Fixtures.completeGuide("测试国家编码");
        ItemGuide wrong = new ItemGuide(complete.name(), null, complete.category(), complete.jurisdiction(), complete.department(),
                complete.coDepartments(), complete.legalBasis(), complete.conditions(), complete.materials(), complete.steps(),
                complete.statutoryDays(), complete.promisedDays(), complete.fees(), complete.trips(), complete.online(),
                complete.proxyEligible(), complete.reformListed(), complete.place(), complete.openingHours(),
                complete.consultationPhone(), complete.supervisionPhone(), complete.faq(), complete.facilitationRules(), null,
                new NationalListing("XK00123000", "11330109MB1234567XQR00123000", NationalListing.CaseType.INSTANT,
                        List.of(), null, null, null));
        create(code, wrong).then().statusCode(201);
        publish(code).then().statusCode(422).body("errors.field",
                hasItems("national.basicCode", "national.implementationCode", "national.caseType"));
        Map<String, Object> badFormat = new java.util.HashMap<>(JSON.convertValue(complete, new TypeReference<Map<String, Object>>() { }));
        badFormat.put("national", Map.of("basicCode", "QR-123", "caseType", "SOMETIMES"));
        Fixtures.asAdmin().body(Map.of("code", newCode(), "guide", badFormat)).post("/api/v1/items")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aPublishedVersionNeverChangesAndANewVersionSupersedesIt() {
        String code = newCode();
        create(code, Fixtures.completeGuide("测试事项")).then().statusCode(201);
        publish(code).then().statusCode(200);

        ItemGuide edited = Fixtures.completeGuide("测试事项（新版）");
        Fixtures.asAdmin().body(edited).put("/api/v1/items/" + code + "/versions/1")
                .then().statusCode(409).body("detail", containsString("已发布"));
        Fixtures.asAdmin().body(edited).put("/api/v1/items/" + code + "/draft")
                .then().statusCode(200).body("version", equalTo(2)).body("status", equalTo("DRAFT"));
        given().get("/api/v1/catalogue/items/" + code).then().body("version", equalTo(1)).body("guide.name", equalTo("测试事项"));

        publish(code).then().statusCode(200).body("version", equalTo(2));
        given().get("/api/v1/catalogue/items/" + code).then().body("version", equalTo(2));
        Fixtures.asAdmin().get("/api/v1/items/" + code + "/versions")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.status", equalTo(List.of("SUPERSEDED", "PUBLISHED")));
        Fixtures.asAdmin().queryParam("from", 1).queryParam("to", 2).get("/api/v1/items/" + code + "/diff")
                .then().statusCode(200)
                .body("changes.field", equalTo(List.of("name")))
                .body("changes[0].before", equalTo("测试事项"))
                .body("changes[0].after", equalTo("测试事项（新版）"));
    }

    @Test
    void aWithdrawnItemLeavesTheCatalogueAndTheOthersAreTold() {
        String code = newCode();
        create(code, Fixtures.completeGuide("测试撤销事项")).then().statusCode(201);
        publish(code).then().statusCode(200);
        try (KafkaProbe kafka = new KafkaProbe(ItemEvents.TOPIC)) {
            Fixtures.asAdmin().body(Map.of("reason", "职能调整")).post("/api/v1/items/" + code + "/withdrawal")
                    .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
            EventSchemas.assertValid(awaitEvent(kafka, code, ItemEvents.WITHDRAWN));
        }
        given().get("/api/v1/catalogue/items/" + code).then().statusCode(404);
        Fixtures.asAdmin().body(Map.of("reason", "再次")).post("/api/v1/items/" + code + "/withdrawal")
                .then().statusCode(409).body("type", equalTo("urn:onetrip:problem:illegal-transition"));
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        String code = newCode();
        create(code, Fixtures.bareGuide("测试重复")).then().statusCode(201);
        create(code, Fixtures.bareGuide("测试重复")).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(code));
    }

    @Test
    void badInputNamesEveryBadFieldAndWritesNothing() {
        String code = newCode();
        Fixtures.asAdmin().body(Map.of("code", code, "guide", Map.of(
                        "name", "", "category", "ADMINISTRATIVE_CONFIRMATION", "jurisdiction", "330110002",
                        "trips", 12, "materials", List.of(Map.of("code", "m 1", "name", "身份证")))))
                .post("/api/v1/items")
                .then().statusCode(400)
                .body("errors.field", hasItems("guide.name", "guide.trips", "guide.materials[0].code",
                        "guide.materials[0].necessity", "guide.materials[0].copies"));
        Fixtures.asAdmin().body(Map.of("code", "330110001-XX-0001", "guide", Map.of("name", "x", "category", "SOMETHING")))
                .post("/api/v1/items")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("guide.category"))
                .body("errors[0].message", containsString("ADMINISTRATIVE_LICENSE"));
        Fixtures.asAdmin().body(Map.of("code", code, "guide", Map.of("name", "x", "category", "PUBLIC_SERVICE",
                        "jurisdiction", "330110002")))
                .post("/api/v1/items")
                .then().statusCode(400)
                .body("errors.field", hasItems("jurisdiction", "category"));
        Fixtures.asAdmin().body("{\"code\": \"" + code + "\", \"guide\": {").post("/api/v1/items").then().statusCode(400);
        Fixtures.asAdmin().get("/api/v1/items/" + code + "/versions").then().statusCode(404);
    }

    @Test
    void onlyCatalogueAdministratorsEditTheCatalogue() {
        given().contentType(ContentType.JSON).body(Map.of("code", newCode(), "guide", Fixtures.bareGuide("x")))
                .post("/api/v1/items").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("clerk", null, Fixtures.TOWN)).contentType(ContentType.JSON)
                .body(Map.of("code", newCode(), "guide", Fixtures.bareGuide("x")))
                .post("/api/v1/items").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("clerk")).contentType(ContentType.JSON)
                .body(Map.of("code", "330110", "name", "x", "level", "DISTRICT"))
                .put("/api/v1/jurisdictions/330110").then().statusCode(403);
        given().get("/api/v1/jurisdictions/" + Fixtures.TOWN).then().statusCode(200).body("name", equalTo("测试镇"));
        given().queryParam("parent", Fixtures.TOWN).get("/api/v1/departments").then().statusCode(200);
        given().queryParam("jurisdiction", Fixtures.TOWN).get("/api/v1/departments")
                .then().statusCode(200).body("items.code", hasItem(Fixtures.DEPARTMENT));
    }

    @Test
    void aVillageMustSitUnderATownWithTheTownsCodeInFront() {
        Fixtures.asAdmin().body(Map.of("code", "330119001201", "name", "错村", "level", "VILLAGE", "parent", Fixtures.TOWN))
                .put("/api/v1/jurisdictions/330119001201")
                .then().statusCode(400).body("errors.field", hasItem("code"));
    }

    @Test
    void toleratedMaterialsAreMarkedWithAPeriodToFollowIn() {
        String code = newCode();
        Map<String, Object> guide = JSON.convertValue(Fixtures.completeGuide("测试容缺受理事项"), new TypeReference<>() { });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> materials = (List<Map<String, Object>>) guide.get("materials");
        materials.get(0).put("tolerable", true);
        materials.get(1).put("tolerable", true);
        Fixtures.asAdmin().body(Map.of("code", code, "guide", guide)).post("/api/v1/items").then().statusCode(201);
        // A fetched material cannot be tolerated, and tolerated ones need the period to follow in.
        publish(code).then().statusCode(422)
                .body("errors.field", hasItems("materials[1].tolerable", "commitmentDays"));

        materials.get(1).put("tolerable", false);
        guide.put("commitmentDays", 5);
        Fixtures.asAdmin().body(guide).put("/api/v1/items/" + code + "/draft").then().statusCode(200);
        try (KafkaProbe kafka = new KafkaProbe(ItemEvents.TOPIC)) {
            publish(code).then().statusCode(200);
            ConsumerRecord<String, String> event = awaitEvent(kafka, code, ItemEvents.PUBLISHED);
            EventSchemas.assertValid(event);
            assertThat(event.value()).contains("\"tolerable\":true").contains("\"commitmentDays\":5");
        }
        given().get("/api/v1/catalogue/items/" + code).then().statusCode(200)
                .body("guide.materials[0].tolerable", equalTo(true)).body("guide.commitmentDays", equalTo(5));
        given().accept(ContentType.HTML).get("/api/v1/catalogue/items/" + code + "/guide").then().statusCode(200)
                .body(containsString("可容缺受理"), containsString("承诺补交期限：5 个工作日"));
    }

    private static io.restassured.response.Response create(String code, ItemGuide guide) {
        return Fixtures.asAdmin().body(Map.of("code", code, "guide", guide)).post("/api/v1/items");
    }

    private static io.restassured.response.Response publish(String code) {
        return Fixtures.asAdmin().post("/api/v1/items/" + code + "/publication");
    }

    private static ConsumerRecord<String, String> awaitEvent(KafkaProbe kafka, String code, String type) {
        return kafka.awaitRecords(seen -> seen.stream().anyMatch(r -> matches(r, code, type)), PATIENCE)
                .stream().filter(r -> matches(r, code, type)).findFirst().orElseThrow();
    }

    private static boolean matches(ConsumerRecord<String, String> r, String code, String type) {
        return code.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type"));
    }

    static String newCode() {
        return Fixtures.TOWN + "-QR-" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000));
    }
}
