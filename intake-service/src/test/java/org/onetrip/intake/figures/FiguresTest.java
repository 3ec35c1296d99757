package org.onetrip.intake.figures;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.platform.testing.OneTripTestResource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The window's figures as the bulletin states them. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class FiguresTest {

    @Test
    void theBulletinsShareIsPrintedWithOneDecimal() {
        assertThat(FiguresQueries.percent(188, 193)).isEqualByComparingTo(new BigDecimal("97.4"));
        assertThat(FiguresQueries.percent(0, 0)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void completedCasesCountByChannelTimeAndTrips() {
        String village = Fixtures.TOWN + "299";
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        // A window submission is a trip (a visit recorded the same day adds none); an online one is none.
        complete(item, village, "WINDOW", 1);
        complete(item, village, "WINDOW", 0);
        complete(item, village, "ONLINE", 0);
        given().queryParam("jurisdiction", village).get("/api/v1/figures")
                .then().statusCode(200)
                .body("submitted", equalTo(3))
                .body("accepted", equalTo(3))
                .body("completed", equalTo(3))
                .body("completedThroughWindow", equalTo(2))
                .body("windowPercent", equalTo(66.7f))
                .body("completedOnTime", equalTo(3))
                .body("zeroTrip", equalTo(1))
                .body("atMostOneTrip", equalTo(3))
                // The guide promises no trip; the two window cases took one each.
                .body("perItem[0].itemCode", equalTo(item)).body("perItem[0].promisedTrips", equalTo(0))
                .body("perItem[0].completed", equalTo(3)).body("perItem[0].averageTrips", equalTo(0.67f))
                .body("perItem[0].overPromise", equalTo(2));
    }

    private static void complete(String item, String jurisdiction, String channel, int visits) {
        Map<String, Object> submission = Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of(), channel, null);
        submission.put("jurisdiction", jurisdiction);
        String number = Fixtures.asClerk().body(submission).post("/api/v1/cases").then().statusCode(201).extract().path("number");
        for (int i = 0; i < visits; i++) {
            Fixtures.asClerk().body(Map.of("purpose", "递交材料")).post("/api/v1/cases/" + number + "/visits").then().statusCode(200);
        }
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "APPROVED"))
                .post("/api/v1/inbox/cases/" + number + "/decision").then().statusCode(200).body("status", equalTo("COMPLETED"));
    }
}
