package org.onetrip.intake.cases;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.platform.testing.EventSchemas;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** The resident confirms with their own applicant login that the result reached them (签收). */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class ReceiptConfirmationTest {
    private static final String RECEIPT = "org.onetrip.intake.case.receipt-confirmed.v1";

    @Test
    void theResidentHoldingTheCodeConfirmsADeliveredCaseOnceAndIsAnnounced() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        // Submitted for the resident by the window: the resident's login did not submit it, the code on the notices proves it is theirs.
        String number = Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of()))
                .post("/api/v1/cases").then().statusCode(201).extract().path("number");
        String code = Fixtures.asClerk().get("/api/v1/cases/" + number).path("lookupCode");
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        resident().body(Map.of("code", code)).post("/api/v1/cases/" + number + "/receipt-confirmation")
                .then().statusCode(409).contentType("application/problem+json");
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "APPROVED")).post("/api/v1/inbox/cases/" + number + "/decision")
                .then().statusCode(200);
        Fixtures.asClerk().body(Map.of("method", "EXPRESS_MAIL")).post("/api/v1/cases/" + number + "/delivery").then().statusCode(200);

        resident().body(Map.of("code", "AAAA-AAAA")).post("/api/v1/cases/" + number + "/receipt-confirmation").then().statusCode(404);
        resident().body(Map.of()).post("/api/v1/cases/" + number + "/receipt-confirmation").then().statusCode(404);
        Fixtures.asClerk().body(Map.of("code", code)).post("/api/v1/cases/" + number + "/receipt-confirmation").then().statusCode(403);
        try (KafkaProbe cases = new KafkaProbe("intake.cases")) {
            resident().body(Map.of("code", code.toLowerCase())).post("/api/v1/cases/" + number + "/receipt-confirmation")
                    .then().statusCode(200).body("status", equalTo("DELIVERED")).body("receiptConfirmedAt", notNullValue());
            String first = Fixtures.asClerk().get("/api/v1/cases/" + number).path("receiptConfirmedAt");
            resident().body(Map.of("code", code)).post("/api/v1/cases/" + number + "/receipt-confirmation")
                    .then().statusCode(200).body("receiptConfirmedAt", equalTo(first));
            cases.awaitRecords(records -> records.stream()
                    .anyMatch(r -> number.equals(r.key()) && RECEIPT.equals(KafkaProbe.header(r, "ce_type"))), Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> confirmations = cases.drain(Duration.ofSeconds(2)).stream()
                    .filter(r -> number.equals(r.key()) && RECEIPT.equals(KafkaProbe.header(r, "ce_type"))).toList();
            org.assertj.core.api.Assertions.assertThat(confirmations).hasSize(1); // confirming again announces nothing
            EventSchemas.assertValid(confirmations.get(0));
            // The case's channel rides as a CloudEvents extension, for consumers that pass over others' cases unread.
            org.assertj.core.api.Assertions.assertThat(KafkaProbe.header(confirmations.get(0), "ce_channel")).isEqualTo("WINDOW");
        }
        Fixtures.asClerk().get("/api/v1/cases/" + number + "/history").then().body("note", hasItem("申请人确认收到办理结果"));
    }

    private static RequestSpecification resident() {
        return given().auth().oauth2(TestTokens.token("applicant")).contentType(ContentType.JSON);
    }
}
