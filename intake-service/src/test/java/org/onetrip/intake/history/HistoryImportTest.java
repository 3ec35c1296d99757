package org.onetrip.intake.history;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.platform.testing.EventSchemas;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** A town's finished cases from its old system: all imported or none, dates kept, counted in their months. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class HistoryImportTest {
    private static final String HEADER = "原办件编号,事项编码,办件区划,受理渠道,申请人类型,申请人名称,证件号码,联系电话,申请时间,受理日期,"
            + "承诺时限,办结时间,办理结果,结果文书,送达方式,送达时间,到现场次数,办件状态\r\n";

    /** The town went live on 1 March 2026: what it finished before is history. */
    @BeforeEach
    void theTownWentLiveInMarch() {
        given().auth().oauth2(TestTokens.token("supervisor", null, Fixtures.TOWN.substring(0, 6))).contentType(ContentType.JSON)
                .body(Map.of("day", "2026-03-01")).put("/api/v1/go-live/" + Fixtures.TOWN).then().statusCode(200);
    }

    @Test
    void onlyWhatWasFinishedBeforeTheGoLiveDayIsHistory() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String village = Fixtures.TOWN + "295";
        String yesterday = java.time.LocalDate.now().minusDays(1).toString();
        String csv = HEADER
                + row(null, item, village, "综合窗口", yesterday + " 09:10", yesterday, "5", yesterday + " 16:00", "准予", "", "", "1", "已办结")
                + row(null, item, village, "综合窗口", "2026-02-26 09:10", "2026-02-26", "5", "2026-03-02 16:00", "准予", "", "", "1", "已办结");
        long before = count();
        sheet(csv).then().statusCode(400).body("errors.field", hasItems("rows[2].申请时间", "rows[2].办结时间", "rows[3].办结时间"))
                .body("errors.field", not(hasItems("rows[3].申请时间")));
        assertThat(count()).isEqualTo(before);

        given().auth().oauth2(TestTokens.token("supervisor", null, "330109014")).contentType(ContentType.JSON)
                .body(Map.of("day", "2030-01-01")).put("/api/v1/go-live/" + Fixtures.TOWN).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("clerk", null, Fixtures.TOWN)).contentType(ContentType.JSON)
                .body(Map.of("day", "2030-01-01")).put("/api/v1/go-live/" + Fixtures.TOWN).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("clerk", null, Fixtures.TOWN)).get("/api/v1/go-live/" + village)
                .then().statusCode(200).body("day", equalTo("2026-03-01"));
    }

    @Test
    void aJurisdictionWithoutAGoLiveDayImportsNothing() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        QuarkusTransaction.requiringNew().run(() -> GoLive.deleteById(Fixtures.TOWN));
        try {
            sheet(HEADER + row(null, item, Fixtures.TOWN + "294", "综合窗口", "2026-01-05 09:10", "", "", "", "", "", "", "1", "不予受理"))
                    .then().statusCode(400).body("errors.field", hasItems("rows[2].办件区划"));
        } finally {
            theTownWentLiveInMarch();
        }
    }

    @Test
    void aTownsHistoryIsImportedWithItsDatesAndCountedInItsMonths() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String village = Fixtures.TOWN + "297";
        String prefix = "YQ-" + System.nanoTime() + "-";
        String csv = HEADER
                // delivered at the window on time: accepted Mon 5 Jan, five working days → due Mon 12 Jan, done Fri 9 Jan
                + row(prefix + "1", item, village, "综合窗口", "2026-01-05 09:10", "2026-01-05", "5", "2026-01-09 16:00", "准予",
                        "窗口领取", "2026-01-12 10:00", "1", "已送达")
                // completed online, late: accepted Mon 2 Feb, due Mon 9 Feb, done Wed 11 Feb
                + row(prefix + "2", item, village, "网上", "2026-02-02", "2026-02-02", "5", "2026-02-11 11:00", "准予", "", "", "0", "已办结")
                + row(prefix + "3", item, village, "综合窗口", "2026-02-03 10:00", "", "", "", "", "", "", "1", "不予受理");
        try (KafkaProbe cases = new KafkaProbe("intake.cases")) {
            List<String> numbers = sheet(csv).then().statusCode(200).body("imported", equalTo(3)).extract().path("numbers");
            Fixtures.asClerk().get("/api/v1/cases/" + numbers.get(0)).then().statusCode(200)
                    .body("status", equalTo("DELIVERED")).body("imported", equalTo(true)).body("legacyNumber", equalTo(prefix + "1"))
                    .body("submittedAt", equalTo("2026-01-05T01:10:00Z")).body("dueDate", equalTo("2026-01-12"))
                    .body("applicant.code", equalTo("1101**********002X")).body("trips", equalTo(1));
            ConsumerRecord<String, String> imported = cases.awaitRecords(seen -> seen.stream().anyMatch(r -> numbers.get(1).equals(r.key())),
                    Duration.ofSeconds(30)).stream().filter(r -> numbers.get(1).equals(r.key())).findFirst().orElseThrow();
            assertThat(KafkaProbe.header(imported, "ce_type")).isEqualTo("org.onetrip.intake.case.imported.v1");
            assertThat(imported.value()).contains("\"imported\":true", "\"completedAt\":\"2026-02-11T11:00:00+08:00\"").doesNotContain(Fixtures.ID);
            EventSchemas.assertValid(imported);
        }
        // Counted in January and February as the old system recorded them: 2 completed, 1 on time, 1 through the window.
        given().queryParam("jurisdiction", village).queryParam("from", "2026-01-01").queryParam("to", "2026-02-28")
                .get("/api/v1/figures").then().statusCode(200).body("submitted", equalTo(3)).body("notAccepted", equalTo(1))
                .body("completed", equalTo(2)).body("completedOnTime", equalTo(1)).body("completedThroughWindow", equalTo(1))
                .body("channels.online", equalTo(1));
        // The same file again: every old number is taken, and nothing more is imported.
        long before = count();
        sheet(csv).then().statusCode(400).body("errors.field", hasItems("rows[2].原办件编号", "rows[3].原办件编号", "rows[4].原办件编号"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anyBadRowImportsNothingAndEveryProblemIsNamed() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String village = Fixtures.TOWN + "296";
        String csv = HEADER
                + row(null, item, village, "综合窗口", "2026-01-05 09:10", "2026-01-05", "5", "2026-01-09 16:00", "准予", "", "", "1", "已办结")
                + row(null, Fixtures.TOWN + "-QR-9998", village, "综合窗口", "2026-01-05", "2026-01-05", "5", "2026-01-06", "准予", "", "", "1", "已办结")
                + row(null, item, village, "传真", "2026-01-08", "2026-01-07", "5", "", "", "", "", "1", "已办结")
                + row(null, item, "330109014201", "综合窗口", "2026-01-08", "", "", "", "", "", "", "1", "办理中");
        long before = count();
        sheet(csv).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("rows[3].事项编码", "rows[4].受理渠道"));
        String fixed = csv.replace("传真", "综合窗口");
        sheet(fixed).then().statusCode(400).body("errors.field", hasItems("rows[3].事项编码", "rows[4].受理日期", "rows[4].办结时间",
                "rows[4].办理结果", "rows[5].办件状态", "rows[5].办件区划"));
        assertThat(count()).isEqualTo(before);
        // The API names what is wrong by index and field.
        given().auth().oauth2(TestTokens.token("clerk", null, Fixtures.TOWN)).contentType(ContentType.JSON)
                .body(List.of(Map.of("itemCode", item, "jurisdiction", village, "channel", "WINDOW", "submittedAt", "2026-01-05T09:00:00+08:00",
                        "applicant", Map.of("kind", "PERSON", "name", "王秀英", "idNumber", "123", "phone", Fixtures.PHONE),
                        "trips", 1, "status", "COMPLETED")))
                .post("/api/v1/imports/cases").then().statusCode(400)
                .body("errors.field", hasItems("[0].applicant.idNumber", "[0].acceptedOn", "[0].decision"));
        given().auth().oauth2(TestTokens.token("applicant")).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/cases").then().statusCode(403);
        assertThat(count()).isEqualTo(before);
    }

    private static io.restassured.response.Response sheet(String csv) {
        return given().auth().oauth2(TestTokens.token("clerk", null, Fixtures.TOWN)).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/cases");
    }

    private static String row(String legacy, String item, String village, String channel, String submitted, String accepted,
                              String days, String completed, String decision, String delivery, String delivered, String trips,
                              String status) {
        return String.join(",", legacy == null ? "" : legacy, item, village, channel, "个人", "王秀英", Fixtures.ID, Fixtures.PHONE,
                submitted, accepted, days, completed, decision, "", delivery, delivered, trips, status) + "\r\n";
    }

    private static long count() {
        return QuarkusTransaction.requiringNew().call(() -> IntakeCase.count());
    }
}
