package org.onetrip.catalogue.security;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.catalogue.Fixtures;
import org.onetrip.catalogue.transfer.SampleCatalogue;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** A catalogue admin manages its own jurisdiction and those below it; nothing else. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class AdminScopeTest {
    private static final String OTHER_TOWN = "330110002";

    @BeforeEach
    void referenceData() {
        Fixtures.referenceData();
    }

    private static RequestSpecification admin(String jur) {
        return given().auth().oauth2(TestTokens.token("catalogue-admin", null, jur)).contentType(ContentType.JSON);
    }

    private static String newCode() {
        return Fixtures.TOWN + "-QR-" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000));
    }

    @Test
    void anotherTownsAdminOrOneWithoutJurisdictionChangesNothingOfTheTown() {
        String code = newCode();
        for (String stranger : new String[] {OTHER_TOWN, null, "%", "3", "3301100"}) {
            admin(stranger).body(Map.of("code", code, "guide", Fixtures.bareGuide("别镇的事项"))).post("/api/v1/items")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        admin(Fixtures.TOWN).body(Map.of("code", code, "guide", Fixtures.completeGuide("本镇的事项"))).post("/api/v1/items")
                .then().statusCode(201);
        admin(OTHER_TOWN).post("/api/v1/items/" + code + "/publication").then().statusCode(403);
        admin(OTHER_TOWN).body(Fixtures.completeGuide("改名")).put("/api/v1/items/" + code + "/draft").then().statusCode(403);
        admin(OTHER_TOWN).body(Fixtures.completeGuide("改名")).put("/api/v1/items/" + code + "/versions/1").then().statusCode(403);
        admin(OTHER_TOWN).get("/api/v1/items/" + code + "/versions").then().statusCode(403);
        admin(Fixtures.DISTRICT).post("/api/v1/items/" + code + "/publication").then().statusCode(200);
        admin(OTHER_TOWN).body(Map.of("reason", "越权")).post("/api/v1/items/" + code + "/withdrawal").then().statusCode(403);
        admin(Fixtures.TOWN).get("/api/v1/items/" + code + "/versions/1").then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void theAdminsListShowsOnlyItsOwnJurisdiction() {
        String code = newCode();
        admin(Fixtures.TOWN).body(Map.of("code", code, "guide", Fixtures.completeGuide("本镇清单里的事项"))).post("/api/v1/items")
                .then().statusCode(201);
        // The town's own item is there (the list is not empty by accident), and nothing of another place is.
        admin(Fixtures.TOWN).queryParam("q", "本镇清单里的事项").get("/api/v1/items").then().statusCode(200)
                .body("items.code", hasItem(code));
        admin(Fixtures.TOWN).queryParam("size", 100).get("/api/v1/items").then().statusCode(200)
                .body("items", not(empty())).body("items.code", everyItem(startsWith(Fixtures.TOWN)));
        admin(OTHER_TOWN).queryParam("q", "本镇清单里的事项").get("/api/v1/items").then().statusCode(200)
                .body("items.code", not(hasItem(code)));
        admin(Fixtures.TOWN).queryParam("jurisdiction", "330109013").get("/api/v1/items").then().statusCode(403);
        admin(Fixtures.TOWN).queryParam("jurisdiction", "33%").get("/api/v1/items").then().statusCode(400)
                .body("errors.field", hasItem("jurisdiction"));
    }

    @Test
    void referenceDataOutsideTheAdminsJurisdictionIsNotTheirs() {
        admin(OTHER_TOWN).body(Map.of("code", Fixtures.TOWN, "name", "改名", "level", "TOWN", "parent", Fixtures.DISTRICT))
                .put("/api/v1/jurisdictions/" + Fixtures.TOWN).then().statusCode(403);
        // Moving the town's department into one's own town is taking it: refused too.
        admin(OTHER_TOWN).body(Map.of("code", Fixtures.DEPARTMENT, "name", "测试镇民政办", "jurisdiction", OTHER_TOWN))
                .put("/api/v1/departments/" + Fixtures.DEPARTMENT).then().statusCode(403);
        given().get("/api/v1/departments/" + Fixtures.DEPARTMENT).then().statusCode(200).body("jurisdiction", equalTo(Fixtures.TOWN));
    }

    @Test
    void anImportWithRowsOfAnotherJurisdictionImportsNothingAndNamesThem() {
        String csv = new String(SampleCatalogue.read("sample/items.csv"), StandardCharsets.UTF_8);
        given().auth().oauth2(TestTokens.token("catalogue-admin", null, OTHER_TOWN)).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/items")
                .then().statusCode(400).body("errors.field", hasItem("rows[2].事项编码"));
    }

    @Test
    void exportsAreOfTheAdminsJurisdictionAndCarryNoFormula() {
        String code = newCode();
        admin(Fixtures.TOWN).body(Map.of("code", code, "guide", Fixtures.completeGuide("=HYPERLINK(\"http://x\",\"点此\")")))
                .post("/api/v1/items").then().statusCode(201);
        admin(Fixtures.TOWN).post("/api/v1/items/" + code + "/publication").then().statusCode(200);
        String csv = given().auth().oauth2(TestTokens.token("catalogue-admin", null, Fixtures.TOWN)).queryParam("format", "csv")
                .get("/api/v1/exports/items").then().statusCode(200).extract().asString();
        assertThat(csv).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(").doesNotContain("330109013-");
        given().auth().oauth2(TestTokens.token("catalogue-admin", null, Fixtures.TOWN)).queryParam("jurisdiction", "330109")
                .get("/api/v1/exports/items").then().statusCode(403);
    }

    @Test
    void aCsvWithAnUnbalancedQuoteIsABadRequestNamingTheRow() {
        String csv = "事项编码,事项名称\r\n" + Fixtures.TOWN + "-QR-0001,\"没有闭合\r\n";
        given().auth().oauth2(TestTokens.token("catalogue-admin", null, Fixtures.TOWN)).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/items")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", startsWith("rows["));
    }

    @Test
    void aSpreadsheetThatUnpacksToGigabytesIsRefusedBeforeItIsRead() throws Exception {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.setLevel(9);
            out.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(zip.size()).isLessThan(1024 * 1024);
        given().auth().oauth2(TestTokens.token("catalogue-admin", null, Fixtures.TOWN))
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(zip.toByteArray())
                .post("/api/v1/imports/items")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aPublicSearchWithAJurisdictionThatIsNoCodeFindsNothingRatherThanFailing() {
        for (String notACode : new String[] {"%", "3", "33%25"}) {
            given().queryParam("jurisdiction", notACode).get("/api/v1/catalogue/items").then().statusCode(200)
                    .body("total", equalTo(0));
        }
    }
}
