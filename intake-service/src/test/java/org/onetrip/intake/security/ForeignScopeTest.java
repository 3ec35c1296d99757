package org.onetrip.intake.security;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.platform.testing.ForeignScope.Attempt;
import org.onetrip.platform.testing.ForeignScope;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change intake takes, tried with the right role from the wrong place: a clerk, officer, administrator or
 * supervisor of the next town (or another department) is refused (403, or 404 where even the case's existence is
 * not theirs to learn), and the town's case, centre and queue are as they were. docs/security.md lists each with
 * this test; the positive side of each is in the feature's own tests.
 */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class ForeignScopeTest {
    private static final String NEXT_TOWN = "330109014";

    @Test
    void everyChangeFromAnotherTownOrDepartmentIsRefusedAndChangesNothing() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String submitted = submitComplete(item);
        String routed = submitComplete(item);
        Fixtures.asClerk().post("/api/v1/cases/" + routed + "/acceptance").then().statusCode(200);
        String document = Fixtures.asClerk().get("/api/v1/cases/" + routed + "/documents").path("[0].id");
        String centre = Fixtures.TOWN + "-F" + ThreadLocalRandom.current().nextInt(1_000_000);
        Map<String, Object> centreBody = Map.of("name", "义桥镇便民服务中心", "jurisdiction", Fixtures.TOWN, "address", "义桥路 1 号",
                "openingHours", List.of(Map.of("opens", "09:00", "closes", "17:00")), "slotMinutes", 30, "slotCapacity", 2,
                "bookingDays", 14, "windows", List.of(Map.of("number", "1", "name", "民政窗口", "items", List.of(item))));
        as("catalogue-admin", null, Fixtures.TOWN).body(centreBody).put("/api/v1/service-centres/" + centre).then().statusCode(200);
        String queue = "/api/v1/service-centres/" + centre + "/queue";
        Fixtures.asClerk().body(Map.of("itemCode", item)).post(queue + "/tickets").then().statusCode(201);
        Map<String, Object> before = state(submitted, routed, centre);

        Map<String, Object> submission = Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of());
        RequestSpecification clerk = as("clerk", null, NEXT_TOWN);
        RequestSpecification officer = as("officer", NEXT_TOWN + "-MZ", null);
        List<Attempt> attempts = List.of(
                new Attempt("check", clerk, "POST", "/api/v1/checks", submission),
                new Attempt("submit", clerk, "POST", "/api/v1/cases", submission),
                new Attempt("supplement", clerk, "POST", "/api/v1/cases/" + submitted + "/supplement",
                        Map.of("materials", List.of(Map.of("code", "M06", "reference", "原件已核")))),
                new Attempt("accept", clerk, "POST", "/api/v1/cases/" + submitted + "/acceptance", null),
                new Attempt("accept on commitment", clerk, "POST", "/api/v1/cases/" + submitted + "/acceptance-on-commitment",
                        Map.of("commitment", "三日内补交")),
                new Attempt("refuse", clerk, "POST", "/api/v1/cases/" + submitted + "/refusal", Map.of("reason", "不予受理")),
                new Attempt("withdraw", clerk, "POST", "/api/v1/cases/" + submitted + "/withdrawal", Map.of("reason", "撤回")),
                new Attempt("visit", clerk, "POST", "/api/v1/cases/" + submitted + "/visits", Map.of("purpose", "咨询")),
                new Attempt("deliver", clerk, "POST", "/api/v1/cases/" + routed + "/delivery", Map.of("method", "WINDOW_PICKUP")),
                new Attempt("reissue", clerk, "POST", "/api/v1/cases/" + routed + "/documents/" + document + "/reissue", null),
                new Attempt("confirm receipt", as("applicant", null, null), "POST", "/api/v1/cases/" + routed + "/receipt-confirmation",
                        Map.of("code", "AAAA-AAAA")),
                new Attempt("claim", officer, "POST", "/api/v1/inbox/cases/" + routed + "/claim", null),
                new Attempt("report", officer, "POST", "/api/v1/inbox/cases/" + routed + "/progress", Map.of("kind", "PROGRESSED", "note", "办理中")),
                new Attempt("decide", officer, "POST", "/api/v1/inbox/cases/" + routed + "/decision", Map.of("decision", "APPROVED")),
                new Attempt("register at a department", officer, "POST", "/api/v1/inbox/cases", submission),
                new Attempt("set up a centre", as("catalogue-admin", null, NEXT_TOWN), "PUT", "/api/v1/service-centres/" + centre, centreBody),
                new Attempt("take a number", clerk, "POST", queue + "/tickets", Map.of("itemCode", item)),
                new Attempt("call the next", clerk, "POST", queue + "/windows/1/call", null),
                new Attempt("mark a no-show", clerk, "POST", queue + "/tickets/B001/no-show", null),
                new Attempt("link a number", clerk, "PUT", queue + "/tickets/B001/case", Map.of("caseNumber", submitted)),
                new Attempt("set the go-live day", as("supervisor", null, NEXT_TOWN), "PUT", "/api/v1/go-live/" + Fixtures.TOWN,
                        Map.of("day", "2030-01-01")),
                new Attempt("issue an Open311 key", as("supervisor", null, NEXT_TOWN), "POST", "/api/v1/open311/apps",
                        Map.of("name", "别镇的应用", "jurisdiction", Fixtures.TOWN)),
                new Attempt("word a message", as("catalogue-admin", null, NEXT_TOWN).queryParam("jurisdiction", Fixtures.TOWN), "PUT",
                        "/api/v1/notification-templates/*/case-accepted", Map.of("subject", "受理", "body", "{number}")),
                new Attempt("restore a wording", as("catalogue-admin", null, NEXT_TOWN).queryParam("jurisdiction", Fixtures.TOWN), "DELETE",
                        "/api/v1/notification-templates/*/case-accepted", null));

        assertThat(ForeignScope.notRefused(attempts)).as("changes a foreign scope was not refused").isEmpty();
        assertThat(state(submitted, routed, centre)).isEqualTo(before);
        // The same changes were there to make: the town's own clerk and department make them.
        Fixtures.asClerk().post("/api/v1/cases/" + submitted + "/acceptance").then().statusCode(200);
        Fixtures.asOfficer(Fixtures.MZ).post("/api/v1/inbox/cases/" + routed + "/claim").then().statusCode(200);
        Fixtures.asClerk().post(queue + "/windows/1/call").then().statusCode(200);
    }

    @Test
    void aHistoryRowOfAnotherTownImportsNothing() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String csv = "原办件编号,事项编码,办件区划,受理渠道,申请人类型,申请人名称,证件号码,联系电话,申请时间,受理日期,承诺时限,办结时间,办理结果,"
                + "结果文书,送达方式,送达时间,到现场次数,办件状态\r\n"
                + ",%s,%s201,综合窗口,个人,王秀英,%s,%s,2026-01-05 09:10,,,,,,,,1,不予受理\r\n".formatted(item, Fixtures.TOWN, Fixtures.ID, Fixtures.PHONE);
        as("clerk", null, NEXT_TOWN).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/cases")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("rows[2].办件区划"));
    }

    /** What a foreign attempt could have changed: both cases as the town's clerk sees them, the centre and its queue. */
    private static Map<String, Object> state(String submitted, String routed, String centre) {
        Map<String, Object> state = new HashMap<>();
        for (String number : List.of(submitted, routed)) {
            var c = Fixtures.asClerk().get("/api/v1/cases/" + number).then().statusCode(200).extract().jsonPath();
            state.put(number, List.of(c.getString("status"), c.getInt("trips"), String.valueOf(c.getList("departments.stage")),
                    String.valueOf(c.getList("materials.code")), String.valueOf(c.getString("commitment")),
                    Fixtures.asClerk().get("/api/v1/cases/" + number + "/history").asString(),
                    Fixtures.asClerk().get("/api/v1/cases/" + number + "/documents").jsonPath().getList("number")));
        }
        state.put("centre", Fixtures.asClerk().get("/api/v1/service-centres/" + centre).asString());
        var display = Fixtures.asClerk().get("/api/v1/service-centres/" + centre + "/queue/display").jsonPath();
        state.put("queue", List.of(String.valueOf(display.getList("calling")), display.getInt("waiting")));
        state.put("go-live", Fixtures.asClerk().get("/api/v1/go-live/" + Fixtures.TOWN).statusCode());
        state.put("wording", given().auth().oauth2(TestTokens.token("catalogue-admin", null, Fixtures.TOWN))
                .get("/api/v1/notification-templates/QR/case-accepted").asString());
        return state;
    }

    private static String submitComplete(String item) {
        return Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of()))
                .post("/api/v1/cases").then().statusCode(201).extract().path("number");
    }

    private static RequestSpecification as(String role, String department, String jurisdiction) {
        return given().auth().oauth2(TestTokens.token(role, department, jurisdiction)).contentType(ContentType.JSON);
    }
}
