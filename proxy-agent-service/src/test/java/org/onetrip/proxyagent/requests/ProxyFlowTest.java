package org.onetrip.proxyagent.requests;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.personaldata.PersonalDataExchange;
import org.onetrip.platform.testing.EventSchemas;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.MessageProviders;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestClock;
import org.onetrip.platform.testing.TestTokens;
import org.onetrip.proxyagent.Fixtures;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A resident's request through the agent network, the window and back to their door. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class ProxyFlowTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    TestClock clock;

    @Inject
    PersonalDataExchange exchange;

    @Inject
    EntityManager entityManager;

    private static final ObjectMapper JSON = new ObjectMapper();

    List<String> outboxPayloads(String requestId) {
        @SuppressWarnings("unchecked")
        List<String> payloads = entityManager.createNativeQuery("select payload from outbox_event where event_key = :id")
                .setParameter("id", requestId).getResultList();
        return payloads;
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anItemAgentsMayNotHandleIsRefusedWithWhereToApply() {
        String item = Fixtures.publishItem(false);
        Fixtures.asClerk().body(Fixtures.request(item, Fixtures.newVillage())).post("/api/v1/requests")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("itemCode"))
                .body("errors[0].message", containsString("义桥镇便民服务中心综合受理窗口"));
    }

    @Test
    void theLeastLoadedVillageAgentIsChosenAndTheTownStepsInWhenTheVillageIsFull() {
        String item = Fixtures.publishItem(true);
        String village = Fixtures.newVillage();
        String a = Fixtures.addAgent(Fixtures.newSubject("a"), "A 文书", "VILLAGE", village, 2);
        String b = Fixtures.addAgent(Fixtures.newSubject("b"), "B 妇女干部", "VILLAGE", village, 1);
        String town = Fixtures.addAgent(Fixtures.newSubject("t"), "镇代办员 " + village, "TOWN", Fixtures.TOWN, 50);

        assertThat(List.of(requestIn(item, village), requestIn(item, village), requestIn(item, village)))
                .containsExactly(a, b, a);
        assertThat(requestIn(item, village)).as("the village is full").isEqualTo(town);
    }

    @Test
    void aRequestGoesToTheWindowAndBackToTheResidentsDoor() throws Exception {
        String item = Fixtures.publishItem(true);
        String village = Fixtures.newVillage();
        String subject = Fixtures.newSubject("agent");
        Fixtures.addAgent(subject, "王代办", "VILLAGE", village, 5);
        String id = Fixtures.asClerk().body(Fixtures.request(item, village)).post("/api/v1/requests")
                .then().statusCode(201).body("status", equalTo("ASSIGNED"))
                .body("residentIdNumber", equalTo("3604**********0071")).body("phone", equalTo("137****2222"))
                .extract().path("id");

        try (KafkaProbe requests = new KafkaProbe("proxy.requests")) {
            Fixtures.asAgent(subject).post("/api/v1/requests/" + id + "/contact").then().statusCode(200)
                    .body("status", equalTo("CONTACTED"));
            // The resident's conditions are the vocabulary's: a word it knows is taken as its code, another refused.
            Fixtures.asAgent(subject).body(Map.of("materials", List.of("M01"), "facts", List.of("残疾人", "有房产")))
                    .post("/api/v1/requests/" + id + "/materials")
                    .then().statusCode(400).body("errors.field", equalTo(List.of("facts[1]")));
            Fixtures.asAgent(subject).body(Map.of("materials", List.of("M01"), "facts", List.of("残疾人")))
                    .post("/api/v1/requests/" + id + "/materials")
                    .then().statusCode(200).body("facts", equalTo(List.of("DISABLED")));
            Fixtures.asAgent(subject).post("/api/v1/requests/" + id + "/submission").then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"));
            ConsumerRecord<String, String> submitted = awaitEvent(requests, id, "submitted");
            EventSchemas.assertValid(submitted);
            // The resident crosses Kafka sealed for intake alone: not on the topic, not in the outbox in clear.
            assertThat(submitted.value()).contains("\"channel\":\"PROXY\"")
                    .doesNotContain("360426199101010071").doesNotContain("13700002222").doesNotContain("李阿婆");
            String sealed = JSON.readTree(submitted.value()).path("submission").path("applicant").path("sealed").asText();
            assertThat(exchange.openFields(sealed)).containsEntry("idNumber", "360426199101010071")
                    .containsEntry("phone", "13700002222").containsEntry("name", "李阿婆");
            assertThat(outboxPayloads(id)).isNotEmpty().noneMatch(p -> p.contains("360426199101010071")
                    || p.contains("13700002222") || p.contains("李阿婆"));
            awaitEvent(requests, id, "assigned");
        }

        String number = Fixtures.TOWN + "-2026-900001";
        caseEvent("supplement-requested", number, id, Map.of("notice", Map.of("missing",
                List.of(Map.of("code", "M09", "name", "医院诊断证明")))));
        awaitStatus(subject, id, "SUPPLEMENT_REQUESTED");
        Fixtures.asAgent(subject).get("/api/v1/requests/" + id).then().body("task", containsString("医院诊断证明"))
                .body("caseNumber", equalTo(number));
        try (KafkaProbe requests = new KafkaProbe("proxy.requests")) {
            Fixtures.asAgent(subject).body(Map.of("materials", List.of("M09"))).post("/api/v1/requests/" + id + "/supplement")
                    .then().statusCode(200).body("status", equalTo("SUBMITTED"));
            EventSchemas.assertValid(awaitEvent(requests, id, "supplemented"));
        }
        // An event labelled as another channel's case is passed over on its ce_channel header, unread: were this
        // withdrawal read, the request would be cancelled.
        caseEvent("withdrawn", number, id, Map.of("note", "撤回"), "WINDOW");
        caseEvent("accepted", number, id, Map.of());
        caseEvent("completed", number, id, Map.of("decision", "APPROVED"));
        awaitStatus(subject, id, "COMPLETED");
        // The resident's own confirmation of receipt (through intake) closes only a request whose handover is recorded.
        caseEvent("receipt-confirmed", number, id, Map.of("status", "DELIVERED"));
        Fixtures.asAgent(subject).post("/api/v1/requests/" + id + "/delivery").then().statusCode(200)
                .body("status", equalTo("RESULT_DELIVERED"));
        caseEvent("receipt-confirmed", number, id, Map.of("status", "DELIVERED"));
        awaitStatus(subject, id, "CLOSED");
        Fixtures.asAgent(subject).body(Map.of("note", "本人签收")).post("/api/v1/requests/" + id + "/confirmation")
                .then().statusCode(409);

        Fixtures.asClerk().queryParam("jurisdiction", village).queryParam("by", "village").get("/api/v1/figures")
                .then().statusCode(200)
                .body("rows[0].key", equalTo(village))
                .body("rows[0].closed", equalTo(1))
                .body("rows[0].zeroTripDeliveries", equalTo(1))
                .body("perItem[0].itemCode", equalTo(item));

        // The resident heard by SMS who would come, and that the result was handed over; the record keeps the phone masked.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> MessageProviders.get()
                .textsTo("13700002222").stream().anyMatch(t -> t.content().contains("代办员 王代办 已将")));
        assertThat(MessageProviders.get().textsTo("13700002222")).anyMatch(t -> t.content().contains("由代办员 王代办（电话 "));
        Fixtures.asClerk().queryParam("reference", id).get("/api/v1/notifications").then().statusCode(200)
                .body("items.kind", org.hamcrest.Matchers.hasItems("proxy-assigned", "proxy-delivered"))
                .body("items.recipient", org.hamcrest.Matchers.everyItem(equalTo("137****2222")));
    }

    @Test
    void overdueFirstContactsAreListedForTheTown() {
        String item = Fixtures.publishItem(true);
        String village = Fixtures.newVillage();
        Fixtures.addAgent(Fixtures.newSubject("slow"), "慢代办", "VILLAGE", village, 5);
        clock.setDay(LocalDate.of(2026, 2, 13));
        String id = Fixtures.asClerk().body(Fixtures.request(item, village)).post("/api/v1/requests")
                .then().statusCode(201).body("firstContactDue", equalTo("2026-02-14")).extract().path("id");
        Fixtures.asClerk().queryParam("size", 100).get("/api/v1/requests/overdue-contacts")
                .then().body("items.id", not(hasItem(id)));
        clock.setDay(LocalDate.of(2026, 2, 24));
        Fixtures.asClerk().queryParam("size", 100).get("/api/v1/requests/overdue-contacts")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void theWrongRoleOrVillageIsRefused() {
        String item = Fixtures.publishItem(true);
        String village = Fixtures.newVillage();
        String subject = Fixtures.newSubject("own");
        Fixtures.addAgent(subject, "本村代办", "VILLAGE", village, 5);
        String other = Fixtures.newSubject("other");
        Fixtures.addAgent(other, "外村代办", "VILLAGE", Fixtures.newVillage(), 5);
        String id = Fixtures.asClerk().body(Fixtures.request(item, village)).post("/api/v1/requests")
                .then().statusCode(201).extract().path("id");

        given().get("/api/v1/requests/" + id).then().statusCode(401);
        given().auth().oauth2(TestTokens.token("officer", "330109013-CL", null)).get("/api/v1/requests/" + id).then().statusCode(403);
        Fixtures.asAgent(other).post("/api/v1/requests/" + id + "/contact").then().statusCode(404);
        Fixtures.asAgent(other).body(Fixtures.request(item, village)).post("/api/v1/requests").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("clerk", null, "330109014")).contentType("application/json")
                .body(Fixtures.request(item, village)).post("/api/v1/requests").then().statusCode(403);
        Fixtures.asAgent(subject).post("/api/v1/requests/" + id + "/contact").then().statusCode(200);
    }

    private static String requestIn(String item, String village) {
        return Fixtures.asClerk().body(Fixtures.request(item, village)).post("/api/v1/requests")
                .then().statusCode(201).body("status", equalTo("ASSIGNED")).extract().path("agentId");
    }

    /** intake's event of the case opened for the request, carrying the case as it stands, as intake publishes it. */
    private static void caseEvent(String kind, String number, String requestId, Map<String, Object> extra) {
        caseEvent(kind, number, requestId, extra, "PROXY");
    }

    private static void caseEvent(String kind, String number, String requestId, Map<String, Object> extra, String channel) {
        Map<String, Object> data = new java.util.HashMap<>(Map.of("number", number, "status", kind.toUpperCase().replace('-', '_'),
                "itemCode", Fixtures.TOWN + "-JF-0001", "itemVersion", 1, "itemName", "残疾人补助救助保障",
                "jurisdiction", Fixtures.TOWN, "channel", "PROXY", "applicantKind", "PERSON", "departments", List.of()));
        data.putAll(Map.of("submittedAt", java.time.OffsetDateTime.now().minusHours(1).toString(),
                "at", java.time.OffsetDateTime.now().toString(), "actor", "clerk-wang", "actorKind", "CLERK"));
        data.putAll(extra);
        data.put("proxyRequestId", requestId);
        data.put("trips", 0);
        String type = "org.onetrip.intake.case." + kind + ".v1";
        String json = Fixtures.json(data);
        EventSchemas.assertValid(type, json);
        Map<String, String> headers = new java.util.HashMap<>(KafkaProbe.cloudEventHeaders("/onetrip/intake", type, number,
                java.util.UUID.randomUUID().toString()));
        headers.put("ce_channel", channel);
        KafkaProbe.send("intake.cases", number, json, headers);
    }

    private static void awaitStatus(String agent, String id, String status) {
        await().atMost(PATIENCE).until(() -> status.equals(Fixtures.asAgent(agent).get("/api/v1/requests/" + id).path("status")));
    }

    private static ConsumerRecord<String, String> awaitEvent(KafkaProbe probe, String id, String kind) {
        String type = "org.onetrip.proxyagent.request." + kind + ".v1";
        return probe.awaitRecords(seen -> seen.stream().anyMatch(r -> id.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type"))),
                PATIENCE).stream().filter(r -> id.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type"))).findFirst().orElseThrow();
    }
}
