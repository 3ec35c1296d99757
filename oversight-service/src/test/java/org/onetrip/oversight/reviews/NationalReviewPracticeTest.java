package org.onetrip.oversight.reviews;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onetrip.oversight.Events;
import org.onetrip.oversight.replica.WatchedCase;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestClock;
import org.onetrip.platform.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** 好差评 as the national practice has it: channels, what a review evaluates, the default rating, 回访率 and 整改率. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class NationalReviewPracticeTest {
    private static final String TOWN = "330109017";
    private static final String MZ = "330109013-MZ";

    @Inject
    TestClock clock;

    @Inject
    DefaultRatings defaults;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aReviewKeepsItsChannelAndWhatItEvaluatesAndABadOneGoesToThatDepartment() {
        String number = completedCase(LocalDate.of(2026, 4, 1));
        as("applicant").body(Map.of("caseNumber", number, "rating", "SATISFIED", "channel", "CARRIER_PIGEON"))
                .post("/api/v1/reviews").then().statusCode(400).body("errors[0].field", equalTo("channel"));
        as("applicant").body(Map.of("caseNumber", number, "rating", "DISSATISFIED", "evaluates", "DEPARTMENT", "evaluated", "330109013-SB"))
                .post("/api/v1/reviews").then().statusCode(422).body("errors[0].field", equalTo("evaluated"));
        as("applicant").body(Map.of("caseNumber", number, "rating", "DISSATISFIED", "evaluates", "CLERK"))
                .post("/api/v1/reviews").then().statusCode(400).body("errors[0].field", equalTo("evaluated"));
        as("applicant").body(Map.of("caseNumber", number, "rating", "DISSATISFIED", "channel", "QR_CODE",
                        "evaluates", "DEPARTMENT", "evaluated", MZ, "comment", "审批太慢"))
                .post("/api/v1/reviews").then().statusCode(201).body("channel", equalTo("QR_CODE"))
                .body("evaluates", equalTo("DEPARTMENT")).body("evaluated", equalTo(MZ)).body("defaulted", equalTo(false));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Rectification.<Rectification>find("caseNumber", number)
                .firstResult().department)).isEqualTo(MZ);

        // At the window's rating device, without saying so, the channel is the device.
        String other = completedCase(LocalDate.of(2026, 4, 1));
        given().auth().oauth2(TestTokens.token("clerk", null, TOWN)).contentType(ContentType.JSON)
                .body(Map.of("caseNumber", other, "rating", "VERY_SATISFIED")).post("/api/v1/reviews")
                .then().statusCode(201).body("channel", equalTo("WINDOW_DEVICE")).body("evaluates", equalTo("CASE"));
    }

    @Test
    void aCaseLeftUnratedGetsTheDefaultRatingAfterItsPeriodAndTheFiguresTellIt() {
        // Completed on Wednesday 1 April 2026; five working days later is Thursday 9 April (4–6 April is 清明).
        String number = completedCase(LocalDate.of(2026, 4, 1));
        String rated = completedCase(LocalDate.of(2026, 4, 1));
        as("applicant").body(Map.of("caseNumber", rated, "rating", "VERY_DISSATISFIED")).post("/api/v1/reviews").then().statusCode(201);
        clock.setDay(LocalDate.of(2026, 4, 8));
        defaults.give();
        assertThat(reviewOf(number)).isNull();
        clock.setDay(LocalDate.of(2026, 4, 20));
        defaults.give();
        Review review = reviewOf(number);
        assertThat(review.defaulted).isTrue();
        assertThat(review.rating).isEqualTo(Rating.SATISFIED);
        assertThat(review.reviewer).isEqualTo("system");
        assertThat(reviewOf(rated).defaulted).isFalse();
        defaults.give(); // once
        assertThat(QuarkusTransaction.requiringNew().call(() -> Review.count("caseNumber", number))).isEqualTo(1);
        // The period is over: the applicant's own rating now comes too late.
        as("applicant").body(Map.of("caseNumber", number, "rating", "SATISFIED")).post("/api/v1/reviews").then().statusCode(409);

        // One bad review (the rated case), not yet called back: 回访率 and 整改率 are 0; then it is called back.
        String rect = QuarkusTransaction.requiringNew().call(() -> Rectification.<Rectification>find("caseNumber", rated)
                .firstResult().id.toString());
        figures().body("reviewsDefaulted", equalTo(1)).body("badReviews", equalTo(1))
                .body("calledBackPercent", equalTo(0.0f)).body("rectifiedPercent", equalTo(0.0f));
        given().auth().oauth2(TestTokens.token("officer", MZ, null)).contentType(ContentType.JSON)
                .body(Map.of("text", "已回访")).post("/api/v1/rectifications/" + rect + "/callback").then().statusCode(200);
        figures().body("calledBackPercent", equalTo(100.0f)).body("rectifiedPercent", equalTo(0.0f));
    }

    @Test
    void aRatingGivenOnTheLookUpIsRecordedOnceAndABadOneOpensTheRectification() {
        LocalDate on = LocalDate.of(2026, 4, 1);
        String number = completedCase(on);
        Map<String, Object> rating = Map.of("rating", "VERY_DISSATISFIED", "comment", "材料退回了两次",
                "dimensions", Map.of("efficiency", 1), "channel", "MOBILE");
        Events.caseEvent("rated", number, TOWN, "COMPLETED", "WINDOW", on.minusDays(2), 5, on.plusDays(5), 1,
                Events.at(on).plusHours(2), Map.of("rating", rating));
        await().atMost(Duration.ofSeconds(60)).until(() -> reviewOf(number) != null);
        Review review = reviewOf(number);
        assertThat(review.rating).isEqualTo(Rating.VERY_DISSATISFIED);
        assertThat(review.channel).isEqualTo(ReviewChannel.MOBILE);
        assertThat(review.reviewer).isEqualTo("lookup-code");
        assertThat(review.comment).isEqualTo("材料退回了两次");
        assertThat(review.dimensions).containsEntry("efficiency", 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Rectification.<Rectification>find("caseNumber", number)
                .firstResult().department)).isEqualTo(MZ);

        // Rated online meanwhile: the first rating counts, the look-up's is left out.
        String online = completedCase(on);
        as("applicant").body(Map.of("caseNumber", online, "rating", "SATISFIED")).post("/api/v1/reviews").then().statusCode(201);
        String late = Events.caseEvent("rated", online, TOWN, "COMPLETED", "WINDOW", on.minusDays(2), 5, on.plusDays(5), 1,
                Events.at(on).plusHours(3), Map.of("rating", rating));
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) Review.getEntityManager().createNativeQuery("select count(*) from inbox_event where event_id = :id")
                        .setParameter("id", java.util.UUID.fromString(late)).getSingleResult()).intValue() == 1));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Review.count("caseNumber", online))).isEqualTo(1);
        assertThat(reviewOf(online).rating).isEqualTo(Rating.SATISFIED);
    }

    private static io.restassured.response.ValidatableResponse figures() {
        return given().queryParam("jurisdiction", TOWN).queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                .get("/api/v1/figures").then().statusCode(200);
    }

    private static Review reviewOf(String number) {
        return QuarkusTransaction.requiringNew().call(() -> Review.<Review>find("caseNumber", number).firstResult());
    }

    private String completedCase(LocalDate on) {
        clock.setDay(on);
        String number = Events.newCaseNumber(TOWN);
        Events.caseEvent("completed", number, TOWN, "COMPLETED", "WINDOW", on.minusDays(2), 5, on.plusDays(5), 1,
                Events.at(on), Map.of());
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                WatchedCase.findByIdOptional(number).isPresent()));
        return number;
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.token(new org.onetrip.devstack.LocalTokens.Holder("resident-1", role, null, null)))
                .contentType(ContentType.JSON);
    }
}
