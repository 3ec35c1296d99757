package org.onetrip.intake.documents;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.platform.reference.ReferenceEvents;
import org.onetrip.platform.reference.ReferenceNames;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.PrintedPdf;
import org.onetrip.platform.testing.TestTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The documents the window hands out: issued with the act they record, numbered, immutable, printable. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class DocumentsTest {
    private static final String NUMBER = "义桥〔\\d{4}〕%s字第 \\d{4} 号";

    @Inject
    ReferenceNames names;

    @BeforeAll
    static void catalogueNamesTheTownAndItsDepartment() {
        KafkaProbe.sendEvent(ReferenceEvents.TOPIC, "/onetrip/catalogue", ReferenceEvents.JURISDICTION_SAVED, "330109",
                Fixtures.json(Map.of("code", "330109", "name", "萧山区", "level", "DISTRICT")));
        KafkaProbe.sendEvent(ReferenceEvents.TOPIC, "/onetrip/catalogue", ReferenceEvents.JURISDICTION_SAVED, Fixtures.TOWN,
                Fixtures.json(Map.of("code", Fixtures.TOWN, "name", "义桥镇", "level", "TOWN", "parent", "330109")));
        KafkaProbe.sendEvent(ReferenceEvents.TOPIC, "/onetrip/catalogue", ReferenceEvents.DEPARTMENT_SAVED, Fixtures.MZ,
                Fixtures.json(Map.of("code", Fixtures.MZ, "name", "义桥镇民政办", "jurisdiction", Fixtures.TOWN)));
    }

    @Test
    void theOneTimeNoticeNamesEveryMissingMaterialAndPrintsInChinese() {
        awaitNames();
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String number = Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01"), List.of()))
                .post("/api/v1/cases").then().statusCode(201).extract().path("number");
        String code = Fixtures.asClerk().get("/api/v1/cases/" + number).path("lookupCode");
        JsonPath notice = documents(number).get(0);
        assertThat(notice.getString("kind")).isEqualTo("ONE_TIME_NOTICE");
        assertThat(notice.getString("number")).matches(NUMBER.formatted("告"));

        String text = pdfText(notice.getString("pdf"));
        assertThat(text).contains("义桥镇便民服务中心", "一次性告知书", notice.getString("number"), "王秀英",
                "近期一寸免冠彩色照片", "老年优待证申请表", number, code);
        assertThat(text).doesNotContain(Fixtures.ID);
        String html = Fixtures.asClerk().get(notice.getString("html")).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/html")).extract().asString();
        assertThat(html).contains("<h1>一次性告知书</h1>", "近期一寸免冠彩色照片", code).doesNotContain(Fixtures.ID);
        // As stored, the document keeps the look-up code sealed: it is opened only to print.
        String stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> CaseDocument
                .<CaseDocument>findById(java.util.UUID.fromString(notice.getString("id"))).content.toString());
        assertThat(stored).contains("查询码").doesNotContain(code);
    }

    @Test
    void acceptanceRefusalRequestAndDeliveryEachIssueTheirDocument() {
        awaitNames();
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String accepted = complete(item);
        Fixtures.asClerk().post("/api/v1/cases/" + accepted + "/acceptance").then().statusCode(200);
        String acceptance = documents(accepted).get(0).getString("pdf");
        assertThat(pdfText(acceptance)).contains("受理通知书", "5 个工作日", "承诺办结日期", "义桥镇民政办");
        assertThat(documents(accepted).get(0).getString("number")).matches(NUMBER.formatted("受"));

        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("kind", "MATERIALS_REQUESTED", "note", "请补充近三个月的居住证明"))
                .post("/api/v1/inbox/cases/" + accepted + "/progress").then().statusCode(200);
        JsonPath request = documents(accepted).get(1);
        assertThat(request.getString("kind")).isEqualTo("SUPPLEMENT_REQUEST");
        assertThat(pdfText(request.getString("pdf"))).contains("补正材料通知书", "义桥镇民政办", "请补充近三个月的居住证明");

        String delivered = complete(item);
        Fixtures.asClerk().post("/api/v1/cases/" + delivered + "/acceptance").then().statusCode(200);
        Fixtures.asOfficer(Fixtures.MZ).body(Map.of("decision", "APPROVED")).post("/api/v1/inbox/cases/" + delivered + "/decision")
                .then().statusCode(200);
        Fixtures.asClerk().body(Map.of("method", "WINDOW_PICKUP")).post("/api/v1/cases/" + delivered + "/delivery")
                .then().statusCode(200);
        JsonPath receipt = documents(delivered).get(1);
        assertThat(receipt.getString("number")).matches(NUMBER.formatted("送"));
        assertThat(pdfText(receipt.getString("pdf"))).contains("送达回证", "窗口领取", "受送达人签名", "送达人签名", "王秀英")
                .doesNotContain(Fixtures.ID);

        String refused = complete(item);
        Fixtures.asClerk().body(Map.of("reason", "申请人不属于本镇户籍")).post("/api/v1/cases/" + refused + "/refusal")
                .then().statusCode(200);
        assertThat(pdfText(documents(refused).get(0).getString("pdf")))
                .contains("不予受理决定书", "申请人不属于本镇户籍", "六十日内向萧山区人民政府申请行政复议", "六个月内");
    }

    @Test
    void aReissueIsANewNumberNamingTheOneItReplacesWhichStaysAsIssued() {
        awaitNames();
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String number = complete(item);
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        JsonPath first = documents(number).get(0);
        String firstPdf = pdfText(first.getString("pdf"));
        JsonPath again = JsonPath.from(Fixtures.asClerk().post("/api/v1/cases/" + number + "/documents/" + first.getString("id") + "/reissue")
                .then().statusCode(201).body("replaces", equalTo(first.getString("number"))).extract().asString());
        assertThat(again.getString("number")).isNotEqualTo(first.getString("number")).matches(NUMBER.formatted("受"));
        assertThat(pdfText(again.getString("pdf"))).contains("本文书替代 " + first.getString("number"));
        assertThat(pdfText(first.getString("pdf"))).isEqualTo(firstPdf);
        assertThat(documents(number)).hasSize(2);
    }

    @Test
    void onlyWhoMaySeeTheCaseSeesItsDocuments() {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String number = Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01"), List.of()))
                .post("/api/v1/cases").then().statusCode(201).extract().path("number");
        String pdf = documents(number).get(0).getString("pdf");
        given().auth().oauth2(TestTokens.token("applicant")).get(pdf).then().statusCode(404);
        given().auth().oauth2(TestTokens.token("clerk", null, "330109014")).get(pdf).then().statusCode(403);
        given().get(pdf).then().statusCode(401);
        Fixtures.asClerk().get("/api/v1/cases/" + number + "/documents/" + java.util.UUID.randomUUID() + ".pdf")
                .then().statusCode(404).contentType("application/problem+json");
    }

    /** A case with every material, waiting for the clerk. */
    private static String complete(String item) {
        return Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of()))
                .post("/api/v1/cases").then().statusCode(201).body("status", equalTo("SUBMITTED")).extract().path("number");
    }

    private static List<JsonPath> documents(String number) {
        JsonPath list = JsonPath.from(Fixtures.asClerk().get("/api/v1/cases/" + number + "/documents")
                .then().statusCode(200).extract().asString());
        return java.util.stream.IntStream.range(0, list.getList("$").size())
                .mapToObj(i -> JsonPath.from(Fixtures.json(list.getMap("[" + i + "]")))).toList();
    }

    private static String pdfText(String path) {
        return PrintedPdf.text(Fixtures.asClerk().get(path).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray());
    }

    @Test
    void twoTownsOfOneNameEachNumberTheirOwnDocumentsFromOne() {
        // Two towns of the district that share a name, as many do in a province.
        int first = java.util.concurrent.ThreadLocalRandom.current().nextInt(500, 999);
        List<String> towns = List.of("330109" + first, "330109" + (first + 1));
        for (String town : towns) {
            KafkaProbe.sendEvent(ReferenceEvents.TOPIC, "/onetrip/catalogue", ReferenceEvents.JURISDICTION_SAVED, town,
                    Fixtures.json(Map.of("code", town, "name", "南湖镇", "level", "TOWN", "parent", "330109")));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> towns.stream().allMatch(t -> names.name(t).isPresent()));
        String item = "330109-QR-" + String.format("%04d", first);
        Fixtures.publish(item, 1, Map.of("name", "老年优待证核发", "category", "ADMINISTRATIVE_CONFIRMATION", "jurisdiction", "330109",
                "department", Fixtures.MZ, "coDepartments", List.of(), "statutoryDays", 20, "promisedDays", 5, "trips", 0,
                "materials", List.of(Map.of("code", "M05", "name", "老年优待证申请表", "necessity", "REQUIRED", "form", "ORIGINAL",
                        "copies", 1, "medium", "PAPER", "source", "APPLICANT"))));
        List<String> numbers = new java.util.ArrayList<>();
        for (String town : towns) {
            var clerk = given().auth().oauth2(TestTokens.token("clerk", null, town))
                    .contentType(io.restassured.http.ContentType.JSON);
            Map<String, Object> submission = new java.util.HashMap<>(Fixtures.submission(item, List.of("M05"), List.of()));
            submission.put("jurisdiction", town);
            String number = clerk.body(submission).post("/api/v1/cases").then().statusCode(201).extract().path("number");
            given().auth().oauth2(TestTokens.token("clerk", null, town))
                    .post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
            numbers.add(given().auth().oauth2(TestTokens.token("clerk", null, town))
                    .get("/api/v1/cases/" + number + "/documents").jsonPath().getString("[0].number"));
        }
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        assertThat(numbers).as("each town's first acceptance notice, both issued").containsExactly(
                "南湖〔" + year + "〕受字第 0001 号", "南湖〔" + year + "〕受字第 0001 号");
    }

    private void awaitNames() {
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> names.name(Fixtures.TOWN).isPresent() && names.name(Fixtures.MZ).isPresent());
    }
}
