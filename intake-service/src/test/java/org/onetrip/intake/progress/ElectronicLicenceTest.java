package org.onetrip.intake.progress;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.platform.testing.EventSchemas;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** An approval can issue an electronic licence (电子证照); electronic delivery delivers its file. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class ElectronicLicenceTest {
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aDepartmentSystemsApprovalIssuesALicenceThatElectronicDeliveryDelivers() {
        String number = acceptedCase();
        try (KafkaProbe cases = new KafkaProbe("intake.cases")) {
            decide(number, Map.of("decision", "APPROVED", "resultDocument", "义民优字〔2026〕0050号", "licence", licence("2026-12-01", "2031-11-30")));
            await().atMost(PATIENCE).until(() -> "COMPLETED".equals(Fixtures.asClerk().get("/api/v1/cases/" + number).path("status")));
            Fixtures.asClerk().get("/api/v1/cases/" + number).then()
                    .body("departments[0].licence.number", equalTo("浙杭萧老优〔2026〕000123"))
                    .body("departments[0].licence.documentHash", equalTo(HASH));
            Fixtures.asClerk().body(Map.of("method", "ELECTRONIC")).post("/api/v1/cases/" + number + "/delivery")
                    .then().statusCode(200).body("deliveredDocuments", contains("urn:license:330109:000123"));
            String type = "org.onetrip.intake.case.delivered.v1";
            ConsumerRecord<String, String> delivered = cases.awaitRecords(seen -> seen.stream().anyMatch(r -> number.equals(r.key())
                    && type.equals(KafkaProbe.header(r, "ce_type"))), PATIENCE).stream()
                    .filter(r -> number.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type"))).findFirst().orElseThrow();
            EventSchemas.assertValid(delivered);
            assertThat(delivered.value()).contains("urn:license:330109:000123", "浙杭萧老优〔2026〕000123");
        }
    }

    @Test
    void aDecisionThatIsNoLicenceIsDeliveredElectronicallyAsItsDocument() {
        String phone = Fixtures.newPhone();
        Map<String, Object> submission = new HashMap<>(Fixtures.submission(Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1,
                java.util.List.of()), java.util.List.of("M01", "M03", "M05"), java.util.List.of()));
        submission.put("applicant", Map.of("kind", "PERSON", "name", "王秀英", "idNumber", Fixtures.ID, "phone", phone));
        String number = Fixtures.asClerk().body(submission).post("/api/v1/cases").then().statusCode(201).extract().path("number");
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        Map<String, Object> document = Map.of("title", "不予许可决定书", "documentRef", "urn:document:330109013-MZ:" + number,
                "documentHash", HASH);
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "DENIED", "note", "不符合条件", "decisionDocument",
                        Map.of("title", "", "documentRef", "x", "documentHash", "nope")))
                .post("/api/v1/inbox/cases/" + number + "/decision").then().statusCode(400)
                .body("errors.field", hasItem("decisionDocument.title")).body("errors.field", hasItem("decisionDocument.documentHash"));
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "DENIED", "note", "不符合条件", "decisionDocument", document))
                .post("/api/v1/inbox/cases/" + number + "/decision").then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("departments[0].decisionDocument.title", equalTo("不予许可决定书"));
        Fixtures.asClerk().body(Map.of("method", "ELECTRONIC")).post("/api/v1/cases/" + number + "/delivery")
                .then().statusCode(200).body("deliveredDocuments", contains("urn:document:330109013-MZ:" + number));

        String code = Fixtures.asClerk().get("/api/v1/cases/" + number).path("lookupCode");
        given().queryParam("code", code).get("/api/v1/progress/" + number).then().statusCode(200)
                .body("electronicResults[0].title", equalTo("不予许可决定书"))
                .body("electronicResults[0].documentRef", equalTo("urn:document:330109013-MZ:" + number))
                .body("electronicResults[0].documentHash", equalTo(HASH));
        await().atMost(PATIENCE).until(() -> org.onetrip.platform.testing.MessageProviders.get().textsTo(phone).stream()
                .anyMatch(t -> t.content().contains("电子送达：不予许可决定书")));
    }

    @Test
    void aLicenceMustBeSoundAndComeWithAnApproval() {
        String number = acceptedCase();
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "DENIED", "licence", licence("2026-12-01", "2026-11-01")))
                .post("/api/v1/inbox/cases/" + number + "/decision").then().statusCode(422)
                .body("errors.field", hasItem("licence")).body("errors.field", hasItem("licence.validUntil"));
        Map<String, Object> badHash = new HashMap<>(licence("2026-12-01", null));
        badHash.put("documentHash", "not-a-hash");
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "APPROVED", "licence", badHash))
                .post("/api/v1/inbox/cases/" + number + "/decision").then().statusCode(400)
                .body("errors.field", hasItem("licence.documentHash"));
        // Nothing was written: the case is still with the department, and without a licence it cannot go out electronically.
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "APPROVED")).post("/api/v1/inbox/cases/" + number + "/decision")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        Fixtures.asClerk().body(Map.of("method", "ELECTRONIC")).post("/api/v1/cases/" + number + "/delivery")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aDepartmentSystemsMalformedLicenceIsDeadLetteredWithTheReason() {
        String number = acceptedCase();
        Map<String, Object> noNumber = new HashMap<>(licence("2026-12-01", null));
        noNumber.remove("number");
        try (KafkaProbe dlq = new KafkaProbe("department.progress.dlq.intake-service")) {
            KafkaProbe.send(KafkaProbe.department(Fixtures.MZ), KafkaProbe.DEPARTMENT_TOPIC_PREFIX + Fixtures.MZ, number,
                    Fixtures.json(Map.of("caseNumber", number, "department", Fixtures.MZ, "decision", "APPROVED", "licence", noNumber)),
                    KafkaProbe.cloudEventHeaders("/departments/" + Fixtures.MZ, Progress.Kind.DECIDED.type(), number,
                            java.util.UUID.randomUUID().toString()));
            ConsumerRecord<String, String> dead = dlq.awaitRecords(seen -> seen.stream().anyMatch(r -> number.equals(r.key())), PATIENCE)
                    .stream().filter(r -> number.equals(r.key())).findFirst().orElseThrow();
            assertThat(KafkaProbe.header(dead, "dead-letter-reason")).contains("licence.number");
        }
        Fixtures.asClerk().get("/api/v1/cases/" + number).then().body("status", equalTo("ROUTED"));
    }

    private static Map<String, Object> licence(String from, String until) {
        Map<String, Object> licence = new HashMap<>(Map.of("typeCode", "11100000MB0000000X001", "number", "浙杭萧老优〔2026〕000123",
                "issuer", "萧山区义桥镇人民政府", "validFrom", from, "documentRef", "urn:license:330109:000123", "documentHash", HASH));
        if (until != null) {
            licence.put("validUntil", until);
        }
        return licence;
    }

    private static void decide(String number, Map<String, Object> data) {
        Map<String, Object> report = new HashMap<>(data);
        report.put("caseNumber", number);
        report.put("department", Fixtures.MZ);
        KafkaProbe.sendDepartmentEvent(Fixtures.MZ, Progress.Kind.DECIDED.type(), number, Fixtures.json(report));
    }

    private static String acceptedCase() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String number = Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of()))
                .post("/api/v1/cases").then().statusCode(201).extract().path("number");
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        return number;
    }
}
