package org.onetrip.intake.progress;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.platform.testing.EventSchemas;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** 分散受理: a case a department accepted at its own counter is registered, tracked and counted like any other. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class DepartmentCounterTest {

    @Test
    void aDepartmentRegistersWhatItAcceptedAtItsCounterAndTheFiguresTellTheChannelsApart() {
        String village = Fixtures.TOWN + "298";
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        Map<String, Object> complete = Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of());
        complete.put("jurisdiction", village);
        String number = Fixtures.asOfficer(Fixtures.MZ).body(complete).post("/api/v1/inbox/cases").then().statusCode(201)
                .body("channel", equalTo("DEPARTMENT_COUNTER")).body("status", equalTo("ROUTED")).body("trips", equalTo(1))
                .body("dueDate", org.hamcrest.Matchers.notNullValue()).extract().path("number");
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "APPROVED")).post("/api/v1/inbox/cases/" + number + "/decision")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        Map<String, Object> atWindow = Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of());
        atWindow.put("jurisdiction", village);
        String windowCase = Fixtures.asClerk().body(atWindow).post("/api/v1/cases").then().statusCode(201).extract().path("number");
        Fixtures.asClerk().post("/api/v1/cases/" + windowCase + "/acceptance").then().statusCode(200);
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "APPROVED")).post("/api/v1/inbox/cases/" + windowCase + "/decision")
                .then().statusCode(200);
        given().queryParam("jurisdiction", village).get("/api/v1/figures").then().statusCode(200)
                .body("completed", equalTo(2)).body("completedThroughWindow", equalTo(1)).body("windowPercent", equalTo(50.0f))
                .body("channels.window", equalTo(1)).body("channels.departmentCounter", equalTo(1))
                .body("channels.departmentCounterPercent", equalTo(50.0f)).body("channels.online", equalTo(0));
    }

    @Test
    void onlyADecidingDepartmentRegistersACompleteCaseAndTheWindowCannotPoseAsOne() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        long before = QuarkusTransaction.requiringNew().call(() -> IntakeCase.count());
        Fixtures.asOfficer("330109013-SB").body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of()))
                .post("/api/v1/inbox/cases").then().statusCode(403);
        Fixtures.asOfficer(Fixtures.MZ).body(Fixtures.submission(item, List.of("M01"), List.of()))
                .post("/api/v1/inbox/cases").then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", contains("materials.M03", "materials.M05"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> IntakeCase.count())).isEqualTo(before);
        Map<String, Object> posing = Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of(), "DEPARTMENT_COUNTER", null);
        Fixtures.asClerk().body(posing).post("/api/v1/cases").then().statusCode(400).body("errors.field", contains("channel"));
    }

    @Test
    void aDepartmentSystemRegistersACounterCaseOverKafkaOnceAndTheApplicantNeverTravelsInClear() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String reference = "义民受〔2026〕" + item.substring(item.length() - 4) + "号";
        String data = registration(Fixtures.MZ, reference, item, List.of("M01", "M03", "M05"));
        assertThat(data).doesNotContain(Fixtures.ID).doesNotContain(Fixtures.PHONE).doesNotContain("王秀英");
        try (KafkaProbe cases = new KafkaProbe("intake.cases")) {
            KafkaProbe.sendDepartmentEvent(Fixtures.MZ, DepartmentProgressConsumer.REGISTERED, reference, data);
            // The system sends it again under a new id (its retry after a timeout): still one case.
            KafkaProbe.sendDepartmentEvent(Fixtures.MZ, DepartmentProgressConsumer.REGISTERED, reference, data);
            await().atMost(PATIENCE).until(() -> Fixtures.asClerk().queryParam("item", item).get("/api/v1/cases")
                    .<Integer>path("total") == 1);
            String number = Fixtures.asClerk().queryParam("item", item).get("/api/v1/cases").path("items[0].number");
            Fixtures.asClerk().get("/api/v1/cases/" + number).then().statusCode(200)
                    .body("channel", equalTo("DEPARTMENT_COUNTER")).body("status", equalTo("ROUTED"))
                    .body("legacyNumber", equalTo(reference)).body("trips", equalTo(1)).body("applicant.name", equalTo("王秀英"));
            ConsumerRecord<String, String> accepted = cases.awaitRecords(seen -> seen.stream().anyMatch(r -> accepted(r, number)), PATIENCE)
                    .stream().filter(r -> accepted(r, number)).findFirst().orElseThrow();
            EventSchemas.assertValid(accepted);
            // The department finds its own file in the case's events; the applicant is not there.
            assertThat(accepted.value()).contains("\"legacyNumber\":\"" + reference + "\"")
                    .contains("\"actorKind\":\"DEPARTMENT_SYSTEM\"").doesNotContain(Fixtures.ID);
            KafkaProbe.sendDepartmentEvent(Fixtures.MZ, DepartmentProgressConsumer.REGISTERED, reference, data);
            String marker = registration(Fixtures.MZ, reference + "-2", item, List.of("M01", "M03", "M05"));
            KafkaProbe.sendDepartmentEvent(Fixtures.MZ, DepartmentProgressConsumer.REGISTERED, reference + "-2", marker);
            await().atMost(PATIENCE).until(() -> Fixtures.asClerk().queryParam("item", item).get("/api/v1/cases")
                    .<Integer>path("total") == 2);
        }
    }

    @Test
    void aRegistrationThatCannotOpenACaseIsDeadLetteredWithItsReason() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        try (KafkaProbe dlq = new KafkaProbe("department.progress.dlq.intake-service")) {
            String incomplete = "义民受-" + item + "-缺";
            KafkaProbe.sendDepartmentEvent(Fixtures.MZ, DepartmentProgressConsumer.REGISTERED, incomplete,
                    registration(Fixtures.MZ, incomplete, item, List.of("M01")));
            assertThat(KafkaProbe.header(deadLetter(dlq, incomplete), "dead-letter-reason")).contains("materials.M03");
            String notDeciding = "社保受-" + item;
            KafkaProbe.sendDepartmentEvent("330109013-SB", DepartmentProgressConsumer.REGISTERED, notDeciding,
                    registration("330109013-SB", notDeciding, item, List.of("M01", "M03", "M05")));
            assertThat(KafkaProbe.header(deadLetter(dlq, notDeciding), "dead-letter-reason")).contains("330109013-SB");
        }
        Fixtures.asClerk().queryParam("item", item).get("/api/v1/cases").then().body("total", equalTo(0));
    }

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static boolean accepted(ConsumerRecord<String, String> r, String number) {
        return number.equals(r.key()) && "org.onetrip.intake.case.accepted.v1".equals(KafkaProbe.header(r, "ce_type"));
    }

    private static ConsumerRecord<String, String> deadLetter(KafkaProbe dlq, String key) {
        return dlq.awaitRecords(seen -> seen.stream().anyMatch(r -> key.equals(r.key())), PATIENCE)
                .stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
    }

    /** What a department system sends: the applicant sealed under its own exchange key, in the format docs/events describe. */
    private static String registration(String department, String reference, String item, List<String> materials) {
        Map<String, Object> submission = new HashMap<>(Fixtures.submission(item, materials, List.of()));
        submission.remove("channel");
        submission.put("applicant", Map.of("kind", "PERSON", "sealed",
                sealAsDepartment(Fixtures.json(Map.of("name", "王秀英", "idNumber", Fixtures.ID, "phone", Fixtures.PHONE)))));
        return Fixtures.json(Map.of("department", department, "reference", reference, "submission", submission));
    }

    /** {@code keyId:base64(iv ‖ ciphertext ‖ tag)}, AES-256-GCM with the key id as additional data: written here from the docs alone. */
    private static String sealAsDepartment(String plain) {
        try {
            byte[] iv = new byte[12];
            new SecureRandom().nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(OneTripTestResource.DEPARTMENT_EXCHANGE_KEY), "AES"),
                    new GCMParameterSpec(128, iv));
            String keyId = OneTripTestResource.DEPARTMENT_EXCHANGE_KEY_ID;
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return keyId + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
