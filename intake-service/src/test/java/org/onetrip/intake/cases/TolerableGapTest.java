package org.onetrip.intake.cases;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.platform.testing.EventSchemas;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.PublishedItems;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** 容缺受理: accepted with tolerable materials missing, against the applicant's written commitment, kept when they come. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class TolerableGapTest {

    @Test
    void aCaseMissingOnlyTolerableMaterialsIsAcceptedOnACommitmentKeptWhenTheyCome() {
        String item = publishWithTolerablePhoto();
        String number = Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01", "M05"), List.of()))
                .post("/api/v1/cases").then().statusCode(201).body("status", equalTo("SUPPLEMENT_REQUESTED"))
                .body("notice.missing.find { it.code == 'M03' }.tolerable", equalTo(true)).extract().path("number");
        // Without the commitment the window cannot accept it; the answer names the tolerable material.
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(409)
                .body("errors.field", contains("materials.M03"));
        Fixtures.asClerk().body(Map.of("commitment", " ")).post("/api/v1/cases/" + number + "/acceptance-on-commitment")
                .then().statusCode(400).body("errors.field", hasItem("commitment"));
        try (KafkaProbe cases = new KafkaProbe("intake.cases")) {
            Fixtures.asClerk().body(Map.of("commitment", "承诺书 2026-0001，申请人王秀英签字"))
                    .post("/api/v1/cases/" + number + "/acceptance-on-commitment")
                    .then().statusCode(200).body("status", equalTo("ROUTED"))
                    .body("commitment.materials", contains("M03")).body("commitment.due", notNullValue())
                    .body("commitment.keptAt", nullValue());
            Fixtures.asClerk().body(Map.of("materials", List.of(Map.of("code", "M03"))))
                    .post("/api/v1/cases/" + number + "/supplement").then().statusCode(200)
                    .body("status", equalTo("ROUTED")).body("commitment.keptAt", notNullValue());
            ConsumerRecord<String, String> kept = cases.awaitRecords(seen -> seen.stream().anyMatch(r -> number.equals(r.key())
                    && "org.onetrip.intake.case.commitment-kept.v1".equals(KafkaProbe.header(r, "ce_type"))), Duration.ofSeconds(30))
                    .stream().filter(r -> "org.onetrip.intake.case.commitment-kept.v1".equals(KafkaProbe.header(r, "ce_type")))
                    .findFirst().orElseThrow();
            EventSchemas.assertValid(kept);
        }
        Fixtures.asClerk().get("/api/v1/cases/" + number + "/history").then()
                .body("note", hasItem(org.hamcrest.Matchers.startsWith("容缺受理")));
    }

    @Test
    void aMissingMaterialNotTolerableStillBlocksAcceptance() {
        String item = publishWithTolerablePhoto();
        String number = Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01"), List.of()))
                .post("/api/v1/cases").then().statusCode(201).extract().path("number");
        Fixtures.asClerk().body(Map.of("commitment", "承诺书")).post("/api/v1/cases/" + number + "/acceptance-on-commitment")
                .then().statusCode(409).contentType("application/problem+json").body("errors.field", contains("materials.M05"));
        Fixtures.asClerk().get("/api/v1/cases/" + number).then().body("status", equalTo("SUPPLEMENT_REQUESTED"));
    }

    /** 老年优待证核发 with the photo tolerable (5 working days to bring it). */
    private static String publishWithTolerablePhoto() {
        String code = Fixtures.newItemCode();
        Map<String, Object> guide = new java.util.HashMap<>(Map.of("name", "老年优待证核发", "jurisdiction", Fixtures.TOWN,
                "department", Fixtures.MZ, "promisedDays", 5, "commitmentDays", 5, "materials", List.of(
                        Map.of("code", "M01", "name", "居民身份证", "necessity", "REQUIRED"),
                        Map.of("code", "M03", "name", "近期一寸免冠彩色照片", "necessity", "REQUIRED", "tolerable", true),
                        Map.of("code", "M05", "name", "老年优待证申请表", "necessity", "REQUIRED"))));
        PublishedItems.publish(code, 1, OffsetDateTime.now(), guide);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.asClerk()
                .body(Fixtures.submission(code, List.of(), List.of())).post("/api/v1/checks").statusCode() == 200);
        return code;
    }
}
