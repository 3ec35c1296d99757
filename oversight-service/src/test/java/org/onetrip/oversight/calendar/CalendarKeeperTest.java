package org.onetrip.oversight.calendar;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.EventSchemas;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Oversight keeps the working-day calendar: a supervisor's edit is recorded here and published on calendar.days. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class CalendarKeeperTest {
    private static final String DAY = "2031-06-02";

    @Test
    void anEditIsRecordedAndPublishedForTheReplicas() {
        try (KafkaProbe days = new KafkaProbe("calendar.days")) {
            supervisor().body(Map.of("kind", "HOLIDAY", "name", "防汛调休")).put("/api/v1/calendar/days/" + DAY)
                    .then().statusCode(200).body("kind", equalTo("HOLIDAY"));
            given().get("/api/v1/calendar/2031").then().statusCode(200).body("day", hasItem(DAY));
            ConsumerRecord<String, String> set = published(days, "org.onetrip.calendar.day.set.v1");
            assertThat(set.value()).contains("HOLIDAY").contains("防汛调休");
            EventSchemas.assertValid(set);

            supervisor().delete("/api/v1/calendar/days/" + DAY).then().statusCode(204);
            given().get("/api/v1/calendar/2031").then().statusCode(200).body("day", not(hasItem(DAY)));
            EventSchemas.assertValid(published(days, "org.onetrip.calendar.day.cleared.v1"));
        }
    }

    @Test
    void onlyAProvincesSupervisorsKeepItAndABadDayIsNamed() {
        given().auth().oauth2(TestTokens.token("clerk", null, "330109013")).contentType(ContentType.JSON)
                .body(Map.of("kind", "HOLIDAY")).put("/api/v1/calendar/days/" + DAY).then().statusCode(403);
        for (String below : List.of("3301", "330109", "330109013", "330109013201")) {
            given().auth().oauth2(TestTokens.token("supervisor", null, below)).contentType(ContentType.JSON)
                    .body(Map.of("kind", "HOLIDAY")).put("/api/v1/calendar/days/" + DAY).then().statusCode(403);
            given().auth().oauth2(TestTokens.token("supervisor", null, below)).delete("/api/v1/calendar/days/" + DAY).then().statusCode(403);
        }
        given().get("/api/v1/calendar/2031").then().statusCode(200).body("day", not(hasItem(DAY)));
        supervisor().body(Map.of("kind", "SOMETIMES")).put("/api/v1/calendar/days/" + DAY)
                .then().statusCode(400).contentType("application/problem+json");
        supervisor().body(Map.of("name", "无类型")).put("/api/v1/calendar/days/" + DAY)
                .then().statusCode(400).body("errors.field", hasItem("kind"));
    }

    private static ConsumerRecord<String, String> published(KafkaProbe days, String type) {
        List<ConsumerRecord<String, String>> seen = days.awaitRecords(records -> records.stream()
                .anyMatch(r -> DAY.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type"))), java.time.Duration.ofSeconds(30));
        return seen.stream().filter(r -> DAY.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type"))).reduce((a, b) -> b).orElseThrow();
    }

    private static io.restassured.specification.RequestSpecification supervisor() {
        return given().auth().oauth2(TestTokens.token("supervisor", null, "33")).contentType(ContentType.JSON);
    }
}
