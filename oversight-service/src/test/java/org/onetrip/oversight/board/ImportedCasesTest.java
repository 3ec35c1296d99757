package org.onetrip.oversight.board;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.onetrip.oversight.Events;
import org.onetrip.oversight.replica.WatchedCase;
import org.onetrip.oversight.reviews.DefaultRatings;
import org.onetrip.oversight.reviews.Review;
import org.onetrip.platform.testing.OneTripTestResource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Cases a town imported from its old system count in the figures of their own months, and are never rated by default. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class ImportedCasesTest {

    @Inject
    DefaultRatings defaults;

    @Test
    void anImportedCaseCountsWhenItWasCompletedNotWhenItWasImported() {
        String town = "330109079";
        String number = Events.newCaseNumber(town);
        OffsetDateTime completed = OffsetDateTime.parse("2026-01-09T16:00:00+08:00");
        Events.caseEvent("imported", number, town, "DELIVERED", "WINDOW", LocalDate.of(2026, 1, 5), 5, LocalDate.of(2026, 1, 12), 1,
                OffsetDateTime.parse("2026-01-12T10:00:00+08:00"), Map.of("completedAt", completed.toString(), "imported", true));
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                WatchedCase.findByIdOptional(number).isPresent()));
        WatchedCase c = QuarkusTransaction.requiringNew().call(() -> WatchedCase.<WatchedCase>findById(number));
        assertThat(c.completedAt).isEqualTo(completed);
        assertThat(c.imported).isTrue();
        given().queryParam("jurisdiction", town).queryParam("from", "2026-01-01").queryParam("to", "2026-01-31").get("/api/v1/figures")
                .then().statusCode(200).body("casesCompleted", equalTo(1)).body("completedOnTime", equalTo(1))
                .body("channels.window", equalTo(1));
        defaults.give();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Review.count("caseNumber", number))).isZero();
    }
}
