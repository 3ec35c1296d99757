package org.onetrip.intake.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.platform.testing.EventSchemas;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/** 好差评 without an account: the holder of a completed case's number and lookup code rates it once, forwarded on intake.cases. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class RatingByLookupTest {
    private static final String RATED = "org.onetrip.intake.case.rated.v1";

    @Test
    void aResidentRatesACompletedCaseOnceWithItsLookupCode() throws Exception {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String number = Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of()))
                .post("/api/v1/cases").then().statusCode(201).extract().path("number");
        String code = Fixtures.asClerk().get("/api/v1/cases/" + number).path("lookupCode");
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        Map<String, Object> rating = Map.of("rating", "DISSATISFIED", "comment", "等了很久",
                "dimensions", Map.of("efficiency", 2, "attitude", 4), "channel", "MOBILE");

        rate(number, code, rating).then().statusCode(409).contentType("application/problem+json");
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "APPROVED")).post("/api/v1/inbox/cases/" + number + "/decision")
                .then().statusCode(200);
        given().queryParam("code", code).get("/api/v1/progress/" + number).then().statusCode(200)
                .body("ratable", equalTo(true));

        rate(number, code, Map.of("rating", "SO_SO")).then().statusCode(400).body("errors.field", hasItems("rating"));
        String bad = rate(number, code, Map.of("dimensions", Map.of("efficiency", 9, "speed", 3), "comment", "长".repeat(1001)))
                .then().statusCode(400).extract().asString();
        assertThat(bad).contains("\"rating\"").contains("dimensions").contains("comment");
        rate(number, "AAAA-AAAA", rating).then().statusCode(404);
        try (KafkaProbe cases = new KafkaProbe("intake.cases")) {
            rate(number, code.toLowerCase(), rating).then().statusCode(202)
                    .body("number", equalTo(number)).body("rating", equalTo("DISSATISFIED")).body("ratedAt", notNullValue());
            rate(number, code, Map.of("rating", "VERY_SATISFIED")).then().statusCode(409);
            cases.awaitRecords(records -> records.stream().anyMatch(r -> isRating(r, number)), Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> ratings = cases.drain(Duration.ofSeconds(2)).stream()
                    .filter(r -> isRating(r, number)).toList();
            assertThat(ratings).as("a second rating is refused, not forwarded").hasSize(1);
            EventSchemas.assertValid(ratings.get(0));
            JsonNode event = new ObjectMapper().readTree(ratings.get(0).value());
            assertThat(event.path("status").asText()).isEqualTo("COMPLETED");
            assertThat(event.path("actorKind").asText()).isEqualTo("APPLICANT");
            assertThat(event.path("rating").path("rating").asText()).isEqualTo("DISSATISFIED");
            assertThat(event.path("rating").path("channel").asText()).isEqualTo("MOBILE");
            assertThat(event.path("rating").path("dimensions").path("efficiency").asInt()).isEqualTo(2);
            assertThat(ratings.get(0).value()).doesNotContain(code).doesNotContain("王秀英");
        }
        given().queryParam("code", code).get("/api/v1/progress/" + number).then().statusCode(200)
                .body("ratable", equalTo(false)).body("ratedAt", notNullValue());
    }

    private static boolean isRating(ConsumerRecord<String, String> r, String number) {
        return number.equals(r.key()) && RATED.equals(KafkaProbe.header(r, "ce_type"));
    }

    private static io.restassured.response.Response rate(String number, String code, Map<String, Object> rating) {
        return given().contentType(ContentType.JSON).queryParam("code", code).body(Fixtures.json(rating))
                .post("/api/v1/progress/" + number + "/rating");
    }
}
