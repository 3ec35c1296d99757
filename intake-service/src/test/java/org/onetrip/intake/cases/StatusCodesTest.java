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

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Every answer and event names a case's status three ways: the state, its exchange step number, its Chinese name. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class StatusCodesTest {

    @Test
    void theStatusComesWithItsStepNumberAndChineseNameEverywhere() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        try (KafkaProbe cases = new KafkaProbe("intake.cases")) {
            String number = Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01"), List.of()))
                    .post("/api/v1/cases").then().statusCode(201)
                    .body("status", equalTo("SUPPLEMENT_REQUESTED")).body("statusCode", equalTo("6"))
                    .body("statusLabel", equalTo("补齐补正")).extract().path("number");
            Fixtures.asClerk().body(java.util.Map.of("materials", List.of(java.util.Map.of("code", "M03"), java.util.Map.of("code", "M05"))))
                    .post("/api/v1/cases/" + number + "/supplement").then().statusCode(200);
            Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200)
                    .body("status", equalTo("ROUTED")).body("statusCode", equalTo("8")).body("statusLabel", equalTo("已分送承办"));
            Fixtures.asClerk().get("/api/v1/cases/" + number + "/history").then().statusCode(200)
                    .body("toCode", hasItems("1", "6", "3", "8")).body("toLabel", hasItems("已接件", "已受理"));
            String code = Fixtures.asClerk().get("/api/v1/cases/" + number).path("lookupCode");
            given().queryParam("code", code).get("/api/v1/progress/" + number).then().statusCode(200)
                    .body("statusCode", equalTo("8")).body("timeline.statusLabel", hasItems("已接件", "补齐补正", "已受理"));
            ConsumerRecord<String, String> accepted = cases.awaitRecords(seen -> seen.stream().anyMatch(r -> number.equals(r.key())
                    && r.value().contains("\"status\":\"ACCEPTED\"")), Duration.ofSeconds(30)).stream()
                    .filter(r -> number.equals(r.key()) && r.value().contains("\"status\":\"ACCEPTED\"")).findFirst().orElseThrow();
            assertThat(accepted.value()).contains("\"statusCode\":\"3\"", "\"statusLabel\":\"已受理\"");
            EventSchemas.assertValid(accepted);
        }
        // The table: every state has a step number and a name.
        assertThat(Arrays.stream(CaseStatus.values())).allMatch(s -> !s.code().isBlank() && !s.label().isBlank());
    }
}
