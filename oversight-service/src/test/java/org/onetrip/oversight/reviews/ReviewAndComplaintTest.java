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
import org.onetrip.oversight.alerts.Alert;
import org.onetrip.oversight.alerts.DeadlineWatch;
import org.onetrip.oversight.replica.WatchedCase;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestClock;
import org.onetrip.platform.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** 好差评 through rectification and re-rating, appeals, and complaints through to closure. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class ReviewAndComplaintTest {
    private static final String VILLAGE_TOWN = "330109016";
    private static final String MZ = "330109013-MZ";

    @Inject
    TestClock clock;

    @Inject
    DeadlineWatch watch;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aBadReviewIsCalledBackRectifiedVerifiedAndRatedAgain() {
        String number = completedCase();
        String rect = badReview(number);
        as("officer", MZ, null).body(Map.of("text", "已电话回访，说明原因")).post("/api/v1/rectifications/" + rect + "/callback")
                .then().statusCode(200).body("status", equalTo("CALLED_BACK"));
        as("officer", MZ, null).body(Map.of("text", "已简化材料并培训窗口人员")).post("/api/v1/rectifications/" + rect + "/report")
                .then().statusCode(200).body("status", equalTo("REPORTED"));
        as("applicant", null, null).body(Map.of("caseNumber", number, "rating", "SATISFIED"))
                .post("/api/v1/reviews").then().statusCode(409);
        as("supervisor", null, "33").body(Map.of("accepted", true, "verdict", "整改到位"))
                .post("/api/v1/rectifications/" + rect + "/verification").then().statusCode(200).body("status", equalTo("VERIFIED"));
        long dissatisfiedBefore = dissatisfied();
        long satisfiedBefore = rated("SATISFIED");
        as("applicant", null, null).body(Map.of("caseNumber", number, "rating", "SATISFIED"))
                .post("/api/v1/reviews").then().statusCode(201).body("round", equalTo(2));
        as("applicant", null, null).body(Map.of("caseNumber", number, "rating", "SATISFIED"))
                .post("/api/v1/reviews").then().statusCode(409);
        // The case counts once, by its latest rating.
        assertThat(dissatisfied()).isEqualTo(dissatisfiedBefore - 1);
        assertThat(rated("SATISFIED")).isEqualTo(satisfiedBefore + 1);
    }

    @Test
    void aRectificationIsWorkedOnlyByItsDepartmentAndDecidedOnlyByItsJurisdictionsSupervisors() {
        String rect = badReview(completedCase());
        for (String path : List.of("/callback", "/report", "/appeal")) {
            int status = as("officer", "330109013-SB", null).body(Map.of("text", "别的部门")).post("/api/v1/rectifications/" + rect + path)
                    .statusCode();
            assertThat(status).as("another department's officer: " + path).isIn(403, 404);
        }
        as("officer", MZ, null).body(Map.of("text", "申请人所述与事实不符")).post("/api/v1/rectifications/" + rect + "/appeal")
                .then().statusCode(200);
        assertThat(as("supervisor", null, "330110").body(Map.of("upheld", true)).post("/api/v1/rectifications/" + rect + "/appeal-decision")
                .statusCode()).as("another district's supervisor decides no appeal").isIn(403, 404);
        assertThat(as("supervisor", null, "330110").body(Map.of("accepted", true, "verdict", "越权"))
                .post("/api/v1/rectifications/" + rect + "/verification").statusCode()).isIn(403, 404);
        // Still waiting for a decision: its own supervisor's is the first.
        as("supervisor", null, "33").body(Map.of("upheld", false)).post("/api/v1/rectifications/" + rect + "/appeal-decision")
                .then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void anOverdueRectificationIsFlagged() {
        clock.setDay(LocalDate.of(2026, 3, 2));
        String rect = badReview(completedCase());
        clock.setDay(LocalDate.of(2026, 3, 4));
        watch.check();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Alert.count("kind = ?1 and subject = ?2",
                Alert.Kind.RECTIFICATION_OVERDUE, rect))).isEqualTo(1);
        as("officer", MZ, null).queryParam("overdue", true).queryParam("size", 100).get("/api/v1/rectifications")
                .then().statusCode(200).body("items.id", hasItem(rect));
    }

    @Test
    void anUpheldAppealTakesTheReviewOutOfTheFigures() {
        String number = completedCase();
        String rect = badReview(number);
        long before = dissatisfied();
        as("officer", MZ, null).body(Map.of("text", "申请人所述与事实不符")).post("/api/v1/rectifications/" + rect + "/appeal")
                .then().statusCode(200).body("status", equalTo("APPEALED"));
        as("supervisor", null, "33").body(Map.of("upheld", true)).post("/api/v1/rectifications/" + rect + "/appeal-decision")
                .then().statusCode(200).body("status", equalTo("APPEAL_UPHELD"));
        assertThat(dissatisfied()).isEqualTo(before - 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Review.count("caseNumber", number))).isEqualTo(1);
    }

    @Test
    void onlyTheApplicantOfACompletedCaseRatesIt() {
        String number = completedCase();
        given().auth().oauth2(TestTokens.token(new org.onetrip.devstack.LocalTokens.Holder("someone-else", "applicant", null, null)))
                .contentType(ContentType.JSON).body(Map.of("caseNumber", number, "rating", "SATISFIED"))
                .post("/api/v1/reviews").then().statusCode(404);
        as("officer", MZ, null).body(Map.of("caseNumber", number, "rating", "SATISFIED")).post("/api/v1/reviews").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("caseNumber", number, "rating", "SATISFIED")).post("/api/v1/reviews")
                .then().statusCode(401);
        as("applicant", null, null).body(Map.of("caseNumber", number, "rating", "MEH")).post("/api/v1/reviews")
                .then().statusCode(400).body("errors[0].field", equalTo("rating"));
    }

    @Test
    void aComplaintIsRepliedToAndClosedAndALateReplyIsFlagged() {
        clock.setDay(LocalDate.of(2026, 3, 2));
        String id = as("supervisor", null, "33").body(Map.of("source", "HOTLINE", "content", "窗口办理时间过长",
                        "jurisdiction", VILLAGE_TOWN, "department", MZ))
                .post("/api/v1/complaints").then().statusCode(201).body("replyDue", equalTo("2026-03-09")).extract().path("id");
        clock.setDay(LocalDate.of(2026, 3, 10));
        watch.check();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Alert.count("kind = ?1 and subject = ?2",
                Alert.Kind.COMPLAINT_OVERDUE, id))).isEqualTo(1);
        as("officer", "330109013-SB", null).body(Map.of("text", "x")).post("/api/v1/complaints/" + id + "/reply").then().statusCode(404);
        as("officer", MZ, null).body(Map.of("text", "已调查并改进")).post("/api/v1/complaints/" + id + "/reply")
                .then().statusCode(200).body("status", equalTo("REPLIED"));
        as("supervisor", null, "33").body(Map.of("text", "属实，已整改")).post("/api/v1/complaints/" + id + "/closure")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        as("officer", MZ, null).queryParam("status", "REGISTERED").queryParam("size", 100).get("/api/v1/complaints")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    private String completedCase() {
        String number = Events.newCaseNumber(VILLAGE_TOWN);
        LocalDate today = LocalDate.ofInstant(clock.instant(), TestClock.ZONE);
        Events.caseEvent("completed", number, VILLAGE_TOWN, "COMPLETED", "WINDOW", today, 5, today.plusDays(7), 1,
                Events.at(today), Map.of());
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                WatchedCase.findByIdOptional(number).isPresent()));
        return number;
    }

    private String badReview(String number) {
        as("applicant", null, null).body(Map.of("caseNumber", number, "rating", "DISSATISFIED", "comment", "材料要求不清楚",
                "dimensions", Map.of("efficiency", 2, "guideAccuracy", 1))).post("/api/v1/reviews")
                .then().statusCode(201).body("round", equalTo(1));
        return QuarkusTransaction.requiringNew().call(() -> Rectification.<Rectification>find("caseNumber", number)
                .firstResult().id.toString());
    }

    private long dissatisfied() {
        return rated("DISSATISFIED");
    }

    private long rated(String rating) {
        return ((Number) given().queryParam("jurisdiction", VILLAGE_TOWN).queryParam("from", "2000-01-01")
                .queryParam("to", "2100-01-01").get("/api/v1/figures").path("reviews." + rating)).longValue();
    }

    private static RequestSpecification as(String role, String dept, String jur) {
        String subject = "applicant".equals(role) ? "resident-1" : "test-" + role;
        return given().auth().oauth2(TestTokens.token(new org.onetrip.devstack.LocalTokens.Holder(subject, role, dept, jur)))
                .contentType(ContentType.JSON);
    }
}
