package org.onetrip.intake.calendar;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

/** Intake counts deadlines on the calendar oversight keeps: each edit on calendar.days, applied once; none made here. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class CalendarReplicaTest {
    private static final String SOURCE = "/onetrip/oversight";
    private static final LocalDate TUESDAY = LocalDate.of(2031, 6, 3);

    @Inject
    WorkingDayCalendar calendar;

    @Test
    void theKeepersEditsAreCountedWith() {
        assertThat(calendar.days().isWorkingDay(TUESDAY)).isTrue();
        String set = KafkaProbe.sendEvent("calendar.days", SOURCE, "org.onetrip.calendar.day.set.v1", TUESDAY.toString(),
                "{\"day\":\"" + TUESDAY + "\",\"kind\":\"HOLIDAY\",\"name\":\"防汛调休\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> !calendar.days().isWorkingDay(TUESDAY));
        given().get("/api/v1/calendar/2031").then().statusCode(200).body("day", hasItem(TUESDAY.toString()));
        // Five working days from the Monday before now end on the next Tuesday but one, a day later than without it.
        assertThat(calendar.days().plus(TUESDAY.minusDays(1), 5)).isEqualTo(TUESDAY.plusDays(7));

        KafkaProbe.sendEvent("calendar.days", SOURCE, "org.onetrip.calendar.day.cleared.v1", TUESDAY.toString(),
                "{\"day\":\"" + TUESDAY + "\",\"kind\":null,\"name\":null}");
        await().atMost(Duration.ofSeconds(30)).until(() -> calendar.days().isWorkingDay(TUESDAY));
        // The set event again, redelivered: already applied, it changes nothing.
        KafkaProbe.sendEvent("calendar.days", SOURCE, "org.onetrip.calendar.day.set.v1", TUESDAY.toString(),
                "{\"day\":\"" + TUESDAY + "\",\"kind\":\"HOLIDAY\",\"name\":\"防汛调休\"}", set);
        LocalDate marker = TUESDAY.plusWeeks(1);
        KafkaProbe.sendEvent("calendar.days", SOURCE, "org.onetrip.calendar.day.set.v1", marker.toString(),
                "{\"day\":\"" + marker + "\",\"kind\":\"HOLIDAY\",\"name\":\"标记\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> !calendar.days().isWorkingDay(marker));
        assertThat(calendar.days().isWorkingDay(TUESDAY)).isTrue();
        given().get("/api/v1/calendar/2031").then().body("day", not(hasItem(TUESDAY.toString())));
    }

    @Test
    void theCalendarIsNotEditedHere() {
        given().auth().oauth2(TestTokens.token("supervisor", null, "33")).contentType(ContentType.JSON)
                .body(Map.of("kind", "HOLIDAY")).put("/api/v1/calendar/days/" + TUESDAY)
                .then().statusCode(oneOf(404, 405));
    }
}
