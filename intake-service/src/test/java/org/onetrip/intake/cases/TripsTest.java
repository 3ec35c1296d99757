package org.onetrip.intake.cases;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestClock;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Trips (跑次) are the days the applicant had to come, counted from what happened, not from what a clerk records. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class TripsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aWindowSubmissionIsATripAndWhatIsDoneOnTheSpotAddsNone() {
        clock.setDay(MONDAY);
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String number = submit(item, "WINDOW", List.of("M01")).then().body("trips", equalTo(1)).extract().path("number");
        Fixtures.asClerk().body(Map.of("materials", List.of(Map.of("code", "M03"), Map.of("code", "M05"))))
                .post("/api/v1/cases/" + number + "/supplement").then().statusCode(200).body("trips", equalTo(1));
        Fixtures.asClerk().body(Map.of("purpose", "咨询")).post("/api/v1/cases/" + number + "/visits")
                .then().statusCode(200).body("trips", equalTo(1));
        decide(number);
        deliver(number, "WINDOW_PICKUP").body("trips", equalTo(1));
    }

    @Test
    void comingBackAnotherDayIsAnotherTrip() {
        clock.setDay(MONDAY);
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String number = submit(item, "WINDOW", List.of("M01", "M03", "M05")).then().body("trips", equalTo(1)).extract().path("number");
        decide(number);
        clock.setDay(MONDAY.plusDays(3));
        deliver(number, "WINDOW_PICKUP").body("trips", equalTo(2));
    }

    @Test
    void aReturnTheSameDayIsStillATrip() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        // Told in the morning what is missing, back in the afternoon with it: two trips.
        clock.setTime(MONDAY.atTime(9, 0));
        String number = submit(item, "WINDOW", List.of("M01")).then().body("trips", equalTo(1)).extract().path("number");
        clock.setTime(MONDAY.atTime(15, 0));
        Fixtures.asClerk().body(Map.of("materials", List.of(Map.of("code", "M03"), Map.of("code", "M05"))))
                .post("/api/v1/cases/" + number + "/supplement").then().statusCode(200).body("trips", equalTo(2));
        // Accepted and routed; decided later that day and collected: a third.
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        clock.setTime(MONDAY.atTime(16, 30));
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "APPROVED"))
                .post("/api/v1/inbox/cases/" + number + "/decision").then().statusCode(200);
        deliver(number, "WINDOW_PICKUP").body("trips", equalTo(3));

        // A 即办件 decided and handed over while the applicant waits: one trip.
        clock.setTime(MONDAY.atTime(10, 0));
        String onTheSpot = submit(item, "WINDOW", List.of("M01", "M03", "M05")).then().body("trips", equalTo(1)).extract().path("number");
        clock.setTime(MONDAY.atTime(10, 10));
        decide(onTheSpot);
        clock.setTime(MONDAY.atTime(10, 20));
        deliver(onTheSpot, "WINDOW_PICKUP").body("trips", equalTo(1));
    }

    @Test
    void onlineSubmissionsAndDeliveriesThatComeToTheResidentAreNoTrips() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String online = submit(item, "ONLINE", List.of("M01", "M03", "M05")).then().body("trips", equalTo(0)).extract().path("number");
        decide(online);
        deliver(online, "EXPRESS_MAIL").body("trips", equalTo(0));

        String pickedUp = submit(item, "MOBILE", List.of("M01", "M03", "M05")).then().body("trips", equalTo(0)).extract().path("number");
        decide(pickedUp);
        deliver(pickedUp, "WINDOW_PICKUP").body("trips", equalTo(1));
    }

    @Test
    void anAgentsSubmissionIsOnTheResidentsBehalfWithoutSayingSo() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of(), "PROXY", null))
                .post("/api/v1/checks").then().statusCode(200).body("missing.code", contains("M04"));
        Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of(), "WINDOW", null))
                .post("/api/v1/checks").then().statusCode(200).body("missing.code", not(hasItem("M04")));
    }

    private static io.restassured.response.Response submit(String item, String channel, List<String> materials) {
        return Fixtures.asClerk().body(Fixtures.submission(item, materials, List.of(), channel, null)).post("/api/v1/cases");
    }

    private static void decide(String number) {
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "APPROVED"))
                .post("/api/v1/inbox/cases/" + number + "/decision").then().statusCode(200).body("status", equalTo("COMPLETED"));
    }

    private static io.restassured.response.ValidatableResponse deliver(String number, String method) {
        return Fixtures.asClerk().body(Map.of("method", method)).post("/api/v1/cases/" + number + "/delivery").then().statusCode(200);
    }
}
