package org.onetrip.intake.progress;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.platform.testing.OneTripTestResource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** 分散受理: a case a department accepted at its own counter is registered, tracked and counted like any other. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class DepartmentCounterTest {

    @Test
    void aDepartmentRegistersWhatItAcceptedAtItsCounterAndTheFiguresTellTheChannelsApart() {
        String village = Fixtures.TOWN + "298";
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        Map<String, Object> complete = Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of());
        complete.put("jurisdiction", village);
        String number = Fixtures.asOfficer(Fixtures.MZ).body(complete).post("/api/v1/inbox/cases").then().statusCode(201)
                .body("channel", equalTo("DEPARTMENT_COUNTER")).body("status", equalTo("ROUTED")).body("trips", equalTo(1))
                .body("dueDate", org.hamcrest.Matchers.notNullValue()).extract().path("number");
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "APPROVED")).post("/api/v1/inbox/cases/" + number + "/decision")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        Map<String, Object> atWindow = Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of());
        atWindow.put("jurisdiction", village);
        String windowCase = Fixtures.asClerk().body(atWindow).post("/api/v1/cases").then().statusCode(201).extract().path("number");
        Fixtures.asClerk().post("/api/v1/cases/" + windowCase + "/acceptance").then().statusCode(200);
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "APPROVED")).post("/api/v1/inbox/cases/" + windowCase + "/decision")
                .then().statusCode(200);
        given().queryParam("jurisdiction", village).get("/api/v1/figures").then().statusCode(200)
                .body("completed", equalTo(2)).body("completedThroughWindow", equalTo(1)).body("windowPercent", equalTo(50.0f))
                .body("channels.window", equalTo(1)).body("channels.departmentCounter", equalTo(1))
                .body("channels.departmentCounterPercent", equalTo(50.0f)).body("channels.online", equalTo(0));
    }

    @Test
    void onlyADecidingDepartmentRegistersACompleteCaseAndTheWindowCannotPoseAsOne() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        long before = QuarkusTransaction.requiringNew().call(() -> IntakeCase.count());
        Fixtures.asOfficer("330109013-SB").body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of()))
                .post("/api/v1/inbox/cases").then().statusCode(403);
        Fixtures.asOfficer(Fixtures.MZ).body(Fixtures.submission(item, List.of("M01"), List.of()))
                .post("/api/v1/inbox/cases").then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", contains("materials.M03", "materials.M05"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> IntakeCase.count())).isEqualTo(before);
        Map<String, Object> posing = Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of(), "DEPARTMENT_COUNTER", null);
        Fixtures.asClerk().body(posing).post("/api/v1/cases").then().statusCode(400).body("errors.field", contains("channel"));
    }
}
