package org.onetrip.e2e;

import org.onetrip.platform.testing.OneTripSystem;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.MessageProviders;
import org.onetrip.platform.testing.PrintedPdf;

import java.time.LocalDate;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.onetrip.e2e.Actors.*;

/** The journeys of the reform across the four packaged services, over HTTP and Kafka only. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneysIT {
    private final OneTripSystem system = OneTripSystem.get();

    @Test
    @Order(1)
    void windowOneTrip() {
        String village = newVillage();
        awaitOffered(system.intake, ELDERLY_CARD);
        String number = clerk(system.intake).body(submission(ELDERLY_CARD, village, List.of("M01"), List.of("PROXY_APPLICANT")))
                .post("/api/v1/cases").then().statusCode(201)
                .body("status", equalTo("SUPPLEMENT_REQUESTED"))
                .body("notice.missing.code", containsInAnyOrder("M03", "M04", "M05"))
                .extract().path("number");
        clerk(system.intake).body(Map.of("materials", List.of(Map.of("code", "M03"), Map.of("code", "M04"), Map.of("code", "M05"))))
                .post("/api/v1/cases/" + number + "/supplement").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        clerk(system.intake).body(Map.of("purpose", "递交材料")).post("/api/v1/cases/" + number + "/visits").then().statusCode(200);
        try (KafkaProbe cases = new KafkaProbe("intake.cases")) {
            clerk(system.intake).post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200)
                    .body("status", equalTo("ROUTED")).body("dueDate", notNullValue());
            ConsumerRecord<String, String> routed = cases.awaitRecords(seen -> seen.stream().anyMatch(r -> number.equals(r.key())
                    && "org.onetrip.intake.case.routed.v1".equals(KafkaProbe.header(r, "ce_type"))), PATIENCE)
                    .stream().filter(r -> number.equals(r.key()) && r.value().contains("ROUTED")).findFirst().orElseThrow();
            assertThat(routed.value()).contains(MZ);
        }
        departmentReports(number, MZ, "acknowledged", Map.of());
        departmentReports(number, MZ, "decided", Map.of("decision", "APPROVED", "resultDocument", "义民优字〔2026〕0100号"));
        awaitStatus(system.intake, number, "COMPLETED");
        clerk(system.intake).body(Map.of("method", "WINDOW_PICKUP")).post("/api/v1/cases/" + number + "/delivery")
                .then().statusCode(200).body("status", equalTo("DELIVERED")).body("trips", equalTo(1));

        awaitTrue(() -> ((Number) given().baseUri(system.oversight.url("")).queryParam("jurisdiction", village)
                .get("/api/v1/figures").path("casesCompleted")).intValue() == 1);
        given().baseUri(system.oversight.url("")).queryParam("jurisdiction", village).get("/api/v1/figures")
                .then().body("completedOnTime", equalTo(1)).body("atMostOneTrip", equalTo(1)).body("windowPercent", equalTo(100.0f));
        supervisor(system.oversight).queryParam("recompute", true).get("/api/v1/board/" + village + "/weeks/" + thisMonday())
                .then().statusCode(200).body("casesCompleted", equalTo(1)).body("completedOnTime", equalTo(1));
    }

    @Test
    @Order(2)
    void proxyZeroTrips() {
        String village = newVillage();
        String item = given().baseUri(system.catalogue.url("")).queryParam("q", "残疾人补助救助保障").get("/api/v1/catalogue/items")
                .then().statusCode(200).extract().path("items[0].code");
        String agent = "agent-" + village;
        clerk(system.proxyAgent).body(Map.of("subject", agent, "name", "李文书", "level", "VILLAGE", "jurisdiction", village,
                "roles", List.of("VILLAGE_CLERK"), "partyMember", true, "active", true, "capacity", 10))
                .post("/api/v1/agents").then().statusCode(201);
        awaitTrue(() -> given().baseUri(system.proxyAgent.url("")).queryParam("size", 100).get("/api/v1/villages/" + village + "/items")
                .asString().contains(item));
        String request = clerk(system.proxyAgent).body(Map.of("itemCode", item, "village", village, "source", "PHONE",
                        "residentName", "张大伯", "residentIdNumber", "360426199101010071", "phone", "13700003333"))
                .post("/api/v1/requests").then().statusCode(201).body("status", equalTo("ASSIGNED")).extract().path("id");
        var asAgent = (java.util.function.Supplier<io.restassured.specification.RequestSpecification>)
                () -> as(system.proxyAgent, "agent", null, village, agent);
        asAgent.get().post("/api/v1/requests/" + request + "/contact").then().statusCode(200);
        asAgent.get().body(Map.of("materials", List.of("M01", "M04", "M05", "M06"))).post("/api/v1/requests/" + request + "/materials")
                .then().statusCode(200);
        asAgent.get().post("/api/v1/requests/" + request + "/submission").then().statusCode(200);

        awaitTrue(() -> asAgent.get().get("/api/v1/requests/" + request).path("caseNumber") != null);
        String number = asAgent.get().get("/api/v1/requests/" + request).path("caseNumber");
        clerk(system.intake).get("/api/v1/cases/" + number).then().statusCode(200)
                .body("channel", equalTo("PROXY")).body("status", equalTo("SUBMITTED")).body("proxyRequestId", equalTo(request));
        clerk(system.intake).post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        officer(system.intake, CL).body(Map.of("decision", "APPROVED", "resultDocument", "残补〔2026〕0007号"))
                .post("/api/v1/inbox/cases/" + number + "/decision").then().statusCode(200).body("status", equalTo("COMPLETED"));
        awaitTrue(() -> "COMPLETED".equals(asAgent.get().get("/api/v1/requests/" + request).path("status")));
        asAgent.get().post("/api/v1/requests/" + request + "/delivery").then().statusCode(200);
        // The agent's handover delivered the window's case too: by agent, and the resident never came.
        awaitTrue(() -> "DELIVERED".equals(clerk(system.intake).get("/api/v1/cases/" + number).path("status")));
        // 张大伯 confirms receipt himself, with his own login and the look-up code on the notice the agent handed him;
        // the request closes as the agent's confirmation would close it.
        String code = clerk(system.intake).get("/api/v1/cases/" + number).path("lookupCode");
        as(system.intake, "applicant", null, null, "resident-" + village).body(Map.of("code", code))
                .post("/api/v1/cases/" + number + "/receipt-confirmation").then().statusCode(200)
                .body("receiptConfirmedAt", org.hamcrest.Matchers.notNullValue());
        awaitTrue(() -> "CLOSED".equals(asAgent.get().get("/api/v1/requests/" + request).path("status")));
        asAgent.get().get("/api/v1/requests/" + request).then().body("caseTrips", equalTo(0));
        clerk(system.intake).get("/api/v1/cases/" + number).then()
                .body("deliveryMethod", equalTo("PROXY_AGENT")).body("trips", equalTo(0));

        clerk(system.proxyAgent).queryParam("jurisdiction", village).get("/api/v1/figures")
                .then().statusCode(200).body("rows[0].zeroTripDeliveries", equalTo(1)).body("rows[0].closed", equalTo(1));
        awaitTrue(() -> ((Number) given().baseUri(system.oversight.url("")).queryParam("jurisdiction", village)
                .get("/api/v1/figures").path("proxyRequestsDelivered")).intValue() == 1);
        supervisor(system.oversight).queryParam("recompute", true).get("/api/v1/board/" + village + "/weeks/" + thisMonday())
                .then().statusCode(200).body("villages[0].code", equalTo(village)).body("villages[0].onTime", equalTo(1));
    }

    @Test
    @Order(3)
    void lateCase() {
        String village = newVillage();
        String number = acceptedCase(system.intake, village);
        // Oversight knows the case before it stops (stopping it while the events arrive: eventsArrivingWhileOversightStops...).
        awaitTrue(() -> ((Number) given().baseUri(system.oversight.url("")).queryParam("jurisdiction", village)
                .get("/api/v1/figures").path("casesAccepted")).intValue() == 1);
        // Oversight's clock moves on 40 days (an injected offset, not a wait): the case is past due.
        system.oversight.stop();
        system.oversight.withEnv("ONETRIP_CLOCK_OFFSET", "P40D").start();
        try {
            system.oversight.awaitReady(OneTripSystem.READY);
            awaitTrue(() -> officer(system.oversight, MZ).queryParam("jurisdiction", village).get("/api/v1/alerts")
                    .jsonPath().getList("items.kind").containsAll(List.of("WARNING", "BREACH")));
            officer(system.oversight, MZ).queryParam("jurisdiction", village).get("/api/v1/alerts")
                    .then().body("items.subject", hasItem(number));
            // Nothing of the case was dead-lettered.
            try (KafkaProbe dlq = new KafkaProbe("intake.cases.dlq.oversight-service")) {
                assertThat(dlq.readThroughMarkers(java.time.Duration.ofSeconds(30))).noneMatch(r -> number.equals(r.key()));
            }
            // On the board of the week the clock now stands in (still running: recomputed, not posted).
            LocalDate monday = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(40)
                    .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            supervisor(system.oversight).queryParam("recompute", true).get("/api/v1/board/" + village + "/weeks/" + monday)
                    .then().statusCode(200).body("deadlineBreaches", equalTo(1));
        } finally {
            system.oversight.stop();
            system.oversight.withEnv("ONETRIP_CLOCK_OFFSET", "PT0S").start();
            system.oversight.awaitReady(OneTripSystem.READY);
        }
    }

    /**
     * A rolling update: oversight stopped right as a case's events arrive. What the stopping process had not applied it
     * defers; the next process resumes where the inbox left each partition and applies it, none dead-lettered.
     */
    @Test
    @Order(9)
    void eventsArrivingWhileOversightStopsAreNotLost() {
        String village = newVillage();
        String number = acceptedCase(system.intake, village);
        system.oversight.stop();
        system.oversight.start();
        system.oversight.awaitReady(OneTripSystem.READY);
        awaitTrue(() -> ((Number) given().baseUri(system.oversight.url("")).queryParam("jurisdiction", village)
                .get("/api/v1/figures").path("casesAccepted")).intValue() == 1);
        try (KafkaProbe dlq = new KafkaProbe("intake.cases.dlq.oversight-service")) {
            assertThat(dlq.readThroughMarkers(java.time.Duration.ofSeconds(30))).noneMatch(r -> number.equals(r.key()));
        }
    }

    @Test
    @Order(4)
    void badReview() {
        String village = newVillage();
        String number = acceptedCase(system.intake, village);
        officer(system.intake, MZ).body(Map.of("decision", "APPROVED")).post("/api/v1/inbox/cases/" + number + "/decision")
                .then().statusCode(200);
        awaitTrue(() -> clerk(system.oversight).body(Map.of("caseNumber", number, "rating", "DISSATISFIED", "comment", "等待太久"))
                .post("/api/v1/reviews").statusCode() == 201);
        String rect = officer(system.oversight, MZ).queryParam("size", 100).get("/api/v1/rectifications")
                .jsonPath().getString("items.find { it.caseNumber == '" + number + "' }.id");
        officer(system.oversight, MZ).body(Map.of("text", "已回访")).post("/api/v1/rectifications/" + rect + "/callback").then().statusCode(200);
        officer(system.oversight, MZ).body(Map.of("text", "已整改")).post("/api/v1/rectifications/" + rect + "/report").then().statusCode(200);
        supervisor(system.oversight).body(Map.of("accepted", true)).post("/api/v1/rectifications/" + rect + "/verification")
                .then().statusCode(200).body("status", equalTo("VERIFIED"));
        clerk(system.oversight).body(Map.of("caseNumber", number, "rating", "SATISFIED")).post("/api/v1/reviews")
                .then().statusCode(201).body("round", equalTo(2));
    }

    @Test
    @Order(5)
    void greenChannelForAnAGradeEmployer() {
        String item = "330109-XK-0001";
        awaitOffered(system.intake, item);
        Map<String, Object> s = submission(item, "330109", List.of("P01", "P02", "P06", "P07"), List.of());
        s.put("applicantClass", "EMPLOYER_GRADE_A");
        String number = as(system.intake, "clerk", null, "330109", "clerk-crj").body(s).post("/api/v1/cases")
                .then().statusCode(201).body("status", equalTo("SUBMITTED")).body("ruleCode", equalTo("GRADE_A"))
                .body("notice.waived", containsInAnyOrder("P04", "P05")).body("notice.fetched", equalTo(List.of("P03")))
                .extract().path("number");
        as(system.intake, "clerk", null, "330109", "clerk-crj").post("/api/v1/cases/" + number + "/acceptance")
                .then().statusCode(200).body("promisedDays", equalTo(5));
    }

    @Test
    @Order(6)
    void aNewCatalogueVersionChangesNewCasesOnly() {
        String item = TOWN + "-QR-0002";
        awaitOffered(system.intake, item);
        String accepted = clerk(system.intake).body(submission(item, newVillage(), List.of("M01", "M05", "M07"), List.of()))
                .post("/api/v1/cases").then().statusCode(201).extract().path("number");
        clerk(system.intake).post("/api/v1/cases/" + accepted + "/acceptance").then().statusCode(200).body("itemVersion", equalTo(1));

        var admin = as(system.catalogue, "catalogue-admin", null, TOWN, "admin-liu");
        Map<String, Object> guide = admin.get("/api/v1/catalogue/items/" + item).then().statusCode(200).extract().path("guide");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> materials = new java.util.ArrayList<>((List<Map<String, Object>>) guide.get("materials"));
        materials.add(Map.of("code", "M20", "name", "就业困难情况说明", "necessity", "REQUIRED", "form", "ORIGINAL", "copies", 1,
                "medium", "PAPER", "source", "APPLICANT"));
        guide.put("materials", materials);
        as(system.catalogue, "catalogue-admin", null, TOWN, "admin-liu").body(guide).put("/api/v1/items/" + item + "/draft")
                .then().statusCode(200).body("version", equalTo(2));
        as(system.catalogue, "catalogue-admin", null, TOWN, "admin-liu").post("/api/v1/items/" + item + "/publication")
                .then().statusCode(200);
        awaitTrue(() -> clerk(system.intake).body(submission(item, TOWN, List.of("M01", "M05", "M07"), List.of()))
                .post("/api/v1/checks").jsonPath().getList("missing.code").contains("M20"));
        clerk(system.intake).get("/api/v1/cases/" + accepted).then().body("itemVersion", equalTo(1)).body("status", equalTo("ROUTED"));
    }

    @Test
    @Order(7)
    void aHolidayIsEnteredOnceAndCountedEverywhere() {
        String day = "2031-06-03";
        provinceSupervisor(system.oversight).body(Map.of("kind", "HOLIDAY", "name", "防汛调休")).put("/api/v1/calendar/days/" + day)
                .then().statusCode(200);
        for (var service : List.of(system.intake, system.proxyAgent)) {
            awaitTrue(() -> given().baseUri(service.url("")).get("/api/v1/calendar/2031").jsonPath().getList("day").contains(day));
        }
        provinceSupervisor(system.oversight).delete("/api/v1/calendar/days/" + day).then().statusCode(204);
        for (var service : List.of(system.intake, system.proxyAgent)) {
            awaitTrue(() -> !given().baseUri(service.url("")).get("/api/v1/calendar/2031").jsonPath().getList("day").contains(day));
        }
    }

    @Test
    @Order(8)
    @SuppressWarnings("unchecked")
    void aToleratedGapIsAcceptedOnACommitmentAndKept() {
        // The catalogue marks one material of 高龄老人津贴申领 tolerable (容缺), to follow within 3 working days.
        String item = TOWN + "-JF-0006";
        Map<String, Object> guide = as(system.catalogue, "catalogue-admin", null, TOWN, "admin-liu").get("/api/v1/catalogue/items/" + item)
                .then().statusCode(200).extract().path("guide");
        List<Map<String, Object>> materials = new java.util.ArrayList<>();
        ((List<Map<String, Object>>) guide.get("materials")).forEach(m -> materials.add(new java.util.HashMap<>(m)));
        List<String> brought = materials.stream().filter(m -> "REQUIRED".equals(m.get("necessity")) && !"SHARED_DATA".equals(m.get("source")))
                .map(m -> (String) m.get("code")).toList();
        String tolerated = brought.get(brought.size() - 1);
        materials.stream().filter(m -> tolerated.equals(m.get("code"))).forEach(m -> m.put("tolerable", true));
        guide.put("materials", materials);
        guide.put("commitmentDays", 3);
        as(system.catalogue, "catalogue-admin", null, TOWN, "admin-liu").body(guide).put("/api/v1/items/" + item + "/draft")
                .then().statusCode(200);
        as(system.catalogue, "catalogue-admin", null, TOWN, "admin-liu").post("/api/v1/items/" + item + "/publication")
                .then().statusCode(200);

        String village = newVillage();
        List<String> handedIn = brought.stream().filter(code -> !code.equals(tolerated)).toList();
        awaitTrue(() -> clerk(system.intake).body(submission(item, village, handedIn, List.of())).post("/api/v1/checks")
                .jsonPath().getList("missing.findAll { it.tolerable }.code").contains(tolerated));
        String number = clerk(system.intake).body(submission(item, village, handedIn, List.of())).post("/api/v1/cases")
                .then().statusCode(201).extract().path("number");
        clerk(system.intake).body(Map.of("commitment", "承诺书 义桥〔2026〕容字第 0001 号")).post("/api/v1/cases/" + number + "/acceptance-on-commitment")
                .then().statusCode(200).body("status", equalTo("ROUTED")).body("commitment.materials", equalTo(List.of(tolerated)));
        // The window handed out the one-time notice at submission and the acceptance notice now: printed, in Chinese.
        List<Map<String, String>> documents = clerk(system.intake).get("/api/v1/cases/" + number + "/documents")
                .then().statusCode(200).extract().path("$");
        assertThat(documents).extracting(d -> d.get("kind")).containsExactly("ONE_TIME_NOTICE", "ACCEPTANCE");
        String toleratedName = materials.stream().filter(m -> tolerated.equals(m.get("code"))).map(m -> (String) m.get("name"))
                .findFirst().orElseThrow();
        String lookupCode = clerk(system.intake).get("/api/v1/cases/" + number).path("lookupCode");
        assertThat(PrintedPdf.text(clerk(system.intake).get(documents.get(1).get("pdf")).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray()))
                .contains("义桥镇（示例）便民服务中心", "受理通知书", documents.get(1).get("number"), number, lookupCode, "容缺受理",
                        toleratedName)
                .doesNotContain("11010519491231002X");
        assertThat(documents.get(1).get("number")).startsWith("义桥〔");
        assertThat(clerk(system.intake).get(documents.get(0).get("html")).then().statusCode(200).extract().asString())
                .contains("一次性告知书", toleratedName);
        clerk(system.intake).body(Map.of("materials", List.of(Map.of("code", tolerated)))).post("/api/v1/cases/" + number + "/supplement")
                .then().statusCode(200).body("commitment.keptAt", notNullValue());
        awaitTrue(() -> ((Number) given().baseUri(system.oversight.url("")).queryParam("jurisdiction", village)
                .get("/api/v1/figures").path("toleratedAcceptances")).intValue() == 1);
    }

    @Test
    @Order(9)
    @SuppressWarnings("unchecked")
    void aCivicAppsOpen311RequestBecomesACaseAndIsFollowedToItsEnd() {
        // The app reads the catalogue's Open311 services and picks one that takes requests (realtime).
        List<Map<String, Object>> services = given().baseUri(system.catalogue.url("")).queryParam("jurisdiction_id", TOWN)
                .get("/open311/v2/services.json").then().statusCode(200).extract().path("$");
        String code = (String) services.stream().filter(s -> "realtime".equals(s.get("type"))).findFirst().orElseThrow()
                .get("service_code");
        List<Map<String, Object>> attributes = given().baseUri(system.catalogue.url("")).get("/open311/v2/services/" + code + ".json")
                .then().statusCode(200).extract().path("attributes");
        // A supervisor gives the app its key; the app posts the request as GeoReport v2 has it.
        String key = supervisor(system.intake).body(Map.of("name", "浙里办", "jurisdiction", TOWN)).post("/api/v1/open311/apps")
                .then().statusCode(201).extract().path("apiKey");
        Map<String, Object> form = new java.util.HashMap<>(Map.of("api_key", key, "service_code", code, "jurisdiction_id", TOWN,
                "last_name", "王", "first_name", "秀英", "phone", "13812345678", "description", "网上申请"));
        attributes.stream().filter(a -> Boolean.TRUE.equals(a.get("required"))).forEach(a -> form.put("attribute[" + a.get("code") + "]",
                "APPLICANT_ID_NUMBER".equals(a.get("code")) ? "11010519491231002X" : "电子材料 " + a.get("code")));
        String number = given().baseUri(system.intake.url("")).contentType("application/x-www-form-urlencoded; charset=utf-8")
                .formParams(form).post("/open311/v2/requests.json").then().statusCode(200).extract().path("[0].service_request_id");
        // It is the window's case at once; the window takes it from there, and the app follows it to its end.
        clerk(system.intake).get("/api/v1/cases/" + number).then().statusCode(200).body("channel", equalTo("MOBILE"))
                .body("applicant.code", equalTo("1101**********002X"));
        clerk(system.intake).post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        String department = given().baseUri(system.catalogue.url("")).get("/api/v1/catalogue/items/" + code)
                .then().extract().path("guide.department");
        List<String> deciders = clerk(system.intake).get("/api/v1/cases/" + number).path("departments.department");
        deciders.forEach(d -> officer(system.intake, d).body(Map.of("decision", "APPROVED"))
                .post("/api/v1/inbox/cases/" + number + "/decision").then().statusCode(200));
        given().baseUri(system.intake.url("")).get("/open311/v2/requests/" + number + ".xml").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("<status>closed</status>"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("11010519491231002X")));
        assertThat(deciders).contains(department);
    }

    @Test
    @Order(10)
    void aTownsImportedHistoryAndItsDepartmentCounterCasesAddUpToTheHandCount() {
        String village = newVillage();
        awaitOffered(system.intake, ELDERLY_CARD);
        // January 2026 as the old system recorded it: window on time, department counter late, proxy on time with no trip,
        // an online application refused.
        String history = "原办件编号,事项编码,办件区划,受理渠道,申请人类型,申请人名称,证件号码,联系电话,申请时间,受理日期,承诺时限,"
                + "办结时间,办理结果,结果文书,送达方式,送达时间,到现场次数,办件状态\r\n"
                + String.join("\r\n",
                "OLD-" + village + "-1," + ELDERLY_CARD + "," + village + ",综合窗口,个人,王秀英,11010519491231002X,13812345678,"
                        + "2026-01-05 09:00,2026-01-05,5,2026-01-08 15:00,准予,,窗口领取,2026-01-09 10:00,1,已送达",
                "OLD-" + village + "-2," + ELDERLY_CARD + "," + village + ",部门窗口,个人,李阿婆,11010519491231002X,13812345678,"
                        + "2026-01-06 10:00,2026-01-06,5,2026-01-20 11:00,准予,,,,1,已办结",
                "OLD-" + village + "-3," + ELDERLY_CARD + "," + village + ",代办,个人,张大伯,11010519491231002X,13812345678,"
                        + "2026-01-07 14:00,2026-01-07,5,2026-01-09 09:00,准予,,代办员送达,2026-01-10 15:00,0,已送达",
                "OLD-" + village + "-4," + ELDERLY_CARD + "," + village + ",网上,个人,赵某,11010519491231002X,13812345678,"
                        + "2026-01-08 08:00,,,,,,,,0,不予受理") + "\r\n";
        supervisor(system.intake).body(Map.of("day", "2026-03-01")).put("/api/v1/go-live/" + TOWN).then().statusCode(200);
        clerk(system.intake).contentType("text/csv").body(history.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/imports/cases").then().statusCode(200).body("imported", equalTo(4));
        // By hand: 4 submitted, 3 accepted, 3 completed; 2 through the integrated window (window and proxy); 2 on time;
        // 1 without a trip, all within one.
        awaitTrue(() -> ((Number) given().baseUri(system.oversight.url("")).queryParam("jurisdiction", village)
                .queryParam("from", "2026-01-01").queryParam("to", "2026-01-31").get("/api/v1/figures").path("casesSubmitted")).intValue() == 4);
        given().baseUri(system.oversight.url("")).queryParam("jurisdiction", village).queryParam("from", "2026-01-01")
                .queryParam("to", "2026-01-31").get("/api/v1/figures").then().statusCode(200)
                .body("casesAccepted", equalTo(3)).body("casesCompleted", equalTo(3)).body("completedThroughWindow", equalTo(2))
                .body("windowPercent", equalTo(66.7f)).body("completedOnTime", equalTo(2)).body("zeroTrip", equalTo(1))
                .body("atMostOneTripPercent", equalTo(100.0f)).body("channels.departmentCounter", equalTo(1))
                .body("channels.proxy", equalTo(1)).body("channels.window", equalTo(1));
        // Today, live: one case accepted at the department's own counter, one at the window, both decided.
        String counter = officer(system.intake, MZ).body(submission(ELDERLY_CARD, village, List.of("M01", "M03", "M05"), List.of()))
                .post("/api/v1/inbox/cases").then().statusCode(201).body("channel", equalTo("DEPARTMENT_COUNTER")).extract().path("number");
        String window = acceptedCase(system.intake, village);
        for (String number : List.of(counter, window)) {
            officer(system.intake, MZ).body(Map.of("decision", "APPROVED")).post("/api/v1/inbox/cases/" + number + "/decision")
                    .then().statusCode(200);
        }
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        awaitTrue(() -> ((Number) given().baseUri(system.oversight.url("")).queryParam("jurisdiction", village)
                .queryParam("from", today).queryParam("to", today).get("/api/v1/figures").path("casesCompleted")).intValue() == 2);
        given().baseUri(system.oversight.url("")).queryParam("jurisdiction", village).queryParam("from", today).queryParam("to", today)
                .get("/api/v1/figures").then().body("channels.departmentCounter", equalTo(1)).body("channels.window", equalTo(1))
                .body("windowPercent", equalTo(50.0f));
        // Nothing of the history went to the department's inbox again.
        officer(system.intake, MZ).queryParam("size", 100).get("/api/v1/inbox/cases").then().statusCode(200)
                .body("items.legacyNumber", org.hamcrest.Matchers.not(hasItem("OLD-" + village + "-1")));
    }

    @Test
    @Order(11)
    void aBookedResidentIsCalledAtTheWindowAndHearsOfAcceptanceBySmsAndEmail() {
        MessageProviders providers = MessageProviders.get();
        String phone = "136" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
        String email = "resident" + phone + "@example.cn";
        String centre = TOWN + "-HALL-" + phone.substring(7);
        awaitOffered(system.intake, ELDERLY_CARD);
        // Open every day, all day, in five-minute slots: the journey books a slot later today whenever it runs.
        as(system.intake, "catalogue-admin", null, TOWN, "admin-li").body(Map.of("name", "义桥镇便民服务中心", "jurisdiction", TOWN,
                        "address", "义桥镇义桥路 1 号", "openingHours", List.of(Map.of("opens", "00:00", "closes", "23:59")),
                        "openOnRestDays", true, "slotMinutes", 5, "slotCapacity", 3, "bookingDays", 7,
                        "windows", List.of(Map.of("number", "1", "name", "民政窗口", "items", List.of(ELDERLY_CARD)))))
                .put("/api/v1/service-centres/" + centre).then().statusCode(200);
        String slot = given().baseUri(system.intake.url("")).queryParam("days", 1)
                .get("/api/v1/service-centres/" + centre + "/slots").then().statusCode(200).extract().path("[0].startsAt");
        // The resident proves the phone is theirs with the code sent to it (短信验证码), then books.
        given().baseUri(system.intake.url("")).contentType("application/json").body(Map.of("phone", phone))
                .post("/api/v1/appointments/verification-codes").then().statusCode(202);
        awaitTrue(() -> !providers.textsTo(phone).isEmpty());
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("\\d{6}").matcher(providers.textsTo(phone).get(0).content());
        assertThat(code.find()).isTrue();
        String booking = given().baseUri(system.intake.url("")).contentType("application/json")
                .body(Map.of("centre", centre, "itemCode", ELDERLY_CARD, "startsAt", slot, "name", "王秀英", "phone", phone, "email", email,
                        "phoneCode", code.group()))
                .post("/api/v1/appointments").then().statusCode(201).extract().path("id");
        awaitTrue(() -> providers.textsTo(phone).size() > 1 && !providers.mailTo(email).isEmpty());
        assertThat(providers.textsTo(phone).get(1).content()).contains("请携带", "老年优待证申请表", booking);
        assertThat(providers.mailTo(email).get(0).subject()).isEqualTo("预约成功：老年优待证核发");

        String queue = "/api/v1/service-centres/" + centre + "/queue";
        clerk(system.intake).body(Map.of("appointment", booking)).post(queue + "/tickets").then().statusCode(201)
                .body("number", equalTo("A001"));
        clerk(system.intake).post(queue + "/windows/1/call").then().statusCode(200).body("number", equalTo("A001"));
        given().baseUri(system.intake.url("")).get(queue + "/display").then().statusCode(200)
                .body("calling[0].ticket", equalTo("A001")).body("calling[0].window", equalTo("1"));

        Map<String, Object> submission = submission(ELDERLY_CARD, TOWN, List.of("M01", "M03", "M05"), List.of());
        submission.put("applicant", Map.of("kind", "PERSON", "name", "王秀英", "idNumber", "11010519491231002X", "phone", phone, "email", email));
        String number = clerk(system.intake).body(submission).post("/api/v1/cases").then().statusCode(201).extract().path("number");
        clerk(system.intake).body(Map.of("caseNumber", number)).put(queue + "/tickets/A001/case").then().statusCode(200)
                .body("status", equalTo("SERVED"));
        clerk(system.intake).post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);

        awaitTrue(() -> providers.textsTo(phone).stream().anyMatch(t -> t.content().contains(number) && t.content().contains("受理"))
                && providers.mailTo(email).stream().anyMatch(m -> m.subject().equals("已受理：老年优待证核发") && m.text().contains(number)));
        assertThat(providers.textsTo(phone)).allSatisfy(t -> assertThat(t.content()).doesNotContain("11010519491231002X"));
        clerk(system.intake).queryParam("reference", number).get("/api/v1/notifications").then().statusCode(200)
                .body("items.status", everyItem(equalTo("SENT")));
        awaitTrue(() -> ((Number) given().baseUri(system.oversight.url("")).queryParam("jurisdiction", TOWN)
                .get("/api/v1/figures").path("hall.numbersCalled")).intValue() >= 1);
    }
}
