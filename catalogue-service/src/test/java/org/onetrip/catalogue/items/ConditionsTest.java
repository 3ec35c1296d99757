package org.onetrip.catalogue.items;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.catalogue.Fixtures;
import org.onetrip.catalogue.transfer.SampleCatalogue;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** Conditions are a vocabulary the catalogue publishes; a town's own words for them are mapped or refused, never lost. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class ConditionsTest {
    private static final String SAMPLE_TOWN = "330109013";
    private static final String ELDERLY_CARD = "330109013-QR-0001";

    @Inject
    SampleCatalogue sample;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void sampleCatalogue() {
        Fixtures.sampleCatalogue(sample);
        Fixtures.referenceData();
    }

    private static RequestSpecification admin(String jurisdiction) {
        return given().auth().oauth2(TestTokens.token("catalogue-admin", null, jurisdiction)).contentType(ContentType.JSON);
    }

    @Test
    void theVocabularyIsPublishedWithLabelsAndWhoDecidesEach() {
        given().get("/api/v1/conditions").then().statusCode(200)
                .body("find { it.code == 'PROXY_APPLICANT' }.label", equalTo("委托他人代办"))
                .body("find { it.code == 'PROXY_APPLICANT' }.basis", equalTo("DECLARED"))
                .body("find { it.code == 'PROXY_APPLICANT' }.aliases", hasItem("ON_BEHALF"))
                .body("find { it.code == 'MINOR' }.basis", equalTo("BIRTH_DATE"))
                .body("find { it.code == 'ENTERPRISE_APPLICANT' }.basis", equalTo("APPLICANT_KIND"))
                .body("code", hasItems("DISABLED", "NON_LOCAL_HOUSEHOLD", "SENIOR"));
    }

    @Test
    void aTownWhoseSheetSaysOnBehalfKeepsTheRuleAndIsToldWhatWasMapped() {
        String code = freeCode();
        String sheet = sheetOfElderlyCard(code, "|PROXY_APPLICANT|", "|ON_BEHALF|");
        try {
            given().auth().oauth2(TestTokens.token("catalogue-admin", null, "33")).contentType("text/csv")
                    .body(sheet.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/items")
                    .then().statusCode(200).body("created", equalTo(1))
                    .body("mapped", contains("rows[2].申报材料：ON_BEHALF → PROXY_APPLICANT（委托他人代办）"));
            admin("33").get("/api/v1/items/" + code + "/versions/1").then().statusCode(200)
                    .body("guide.materials.find { it.necessity == 'CONDITIONAL' }.conditionCode", equalTo("PROXY_APPLICANT"));
        } finally { // the sample town's figures are other tests' to count
            QuarkusTransaction.requiringNew().run(() -> ItemVersion.delete("code", code));
        }
    }

    @Test
    void aWordNoConditionStandsForIsRefusedNamingTheRowAndTheCodes() {
        String code = freeCode();
        String sheet = sheetOfElderlyCard(code, "|PROXY_APPLICANT|", "|本人不能到场|");
        given().auth().oauth2(TestTokens.token("catalogue-admin", null, "33")).contentType("text/csv")
                .body(sheet.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/items")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("rows[2].申报材料"))
                .body("errors[0].message", containsString("本人不能到场"))
                .body("errors[0].message", containsString("PROXY_APPLICANT（委托他人代办）"));
        given().get("/api/v1/catalogue/items/" + code).then().statusCode(404);
    }

    @Test
    void theEditorRefusesAnUnknownConditionWithTheOtherBadFields() {
        ItemGuide good = Fixtures.completeGuide("条件未知的事项");
        List<ItemGuide.Material> materials = new ArrayList<>(good.materials());
        ItemGuide.Material proxy = materials.remove(2);
        materials.add(new ItemGuide.Material(proxy.code(), proxy.name(), proxy.necessity(), "ON_BEHALF_OF_SOMEONE",
                proxy.condition(), proxy.form(), proxy.copies(), proxy.medium(), proxy.source(), null, null, null, false));
        Map<String, Object> guide = new java.util.HashMap<>(jsonOf(good));
        guide.put("materials", materials);
        guide.put("promisedDays", 400);
        admin(Fixtures.TOWN).body(Map.of("code", Fixtures.TOWN + "-QR-" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000)),
                        "guide", guide)).post("/api/v1/items")
                .then().statusCode(400)
                .body("errors.field", hasItems("guide.materials[2].conditionCode", "guide.promisedDays"))
                .body("errors.find { it.field == 'guide.materials[2].conditionCode' }.message", containsString("DISABLED（申请人为残疾人）"));
    }

    @Test
    void theMigrationMapsATownsWordsInEveryVersionAndReportsWhatItCouldNot() throws Exception {
        String schema = "migration_" + UUID.randomUUID().toString().replace("-", "");
        String script = new String(getClass().getResourceAsStream("/db/migration/V3__conditions_vocabulary.sql").readAllBytes(),
                StandardCharsets.UTF_8);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("create schema " + schema);
            st.execute("create table " + schema + ".item_version (like public.item_version including all)");
            st.execute("set local search_path to " + schema);
            st.execute("insert into item_version (code, version, status, guide, name, category, jurisdiction_code, proxy_eligible,"
                    + " zero_trip, reform_listed, online, search_grams, created_at, created_by, updated_at) values"
                    + " ('330109013-QR-0100', 1, 'PUBLISHED', '{\"name\": \"x\", \"materials\": ["
                    + "{\"code\": \"M01\", \"necessity\": \"REQUIRED\"},"
                    + "{\"code\": \"M02\", \"necessity\": \"CONDITIONAL\", \"conditionCode\": \"on_behalf\"},"
                    + "{\"code\": \"M03\", \"necessity\": \"CONDITIONAL\", \"conditionCode\": \"未成年人\"},"
                    + "{\"code\": \"M04\", \"necessity\": \"CONDITIONAL\", \"conditionCode\": \"HOMEOWNER\"},"
                    + "{\"code\": \"M05\", \"necessity\": \"CONDITIONAL\", \"conditionCode\": \"PROXY_APPLICANT\"}]}',"
                    + " 'x', 'ADMINISTRATIVE_CONFIRMATION', '330109013', false, false, false, false, '{}', now(), 't', now())");
            st.execute(script);
            List<String> codes = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select m ->> 'conditionCode' from item_version,"
                    + " jsonb_array_elements(guide -> 'materials') with ordinality t(m, i) order by i")) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            assertThat(codes).containsExactly(null, "PROXY_APPLICANT", "MINOR", "HOMEOWNER", "PROXY_APPLICANT");
            List<String> report = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select material, was, code from condition_migration order by material")) {
                while (rs.next()) {
                    report.add(rs.getString(1) + ":" + rs.getString(2) + "→" + rs.getString(3));
                }
            }
            assertThat(report).containsExactly("M02:on_behalf→PROXY_APPLICANT", "M03:未成年人→MINOR", "M04:HOMEOWNER→null");
            c.rollback();
        }
    }

    @Test
    void theMigrationsReportIsEachAdministratorsOwn() {
        String item = Fixtures.TOWN + "-QR-" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000));
        String foreign = "330110002-QR-" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("insert into condition_migration"
                        + " (item_code, version, material, was, code, jurisdiction_code) values"
                        + " (:item, 1, 'M04', '户主', null, :town), (:foreign, 1, 'M02', 'ON_BEHALF', 'PROXY_APPLICANT', '330110002')")
                .setParameter("item", item).setParameter("town", Fixtures.TOWN).setParameter("foreign", foreign).executeUpdate());
        admin(Fixtures.TOWN).queryParam("size", 100).get("/api/v1/conditions/migration").then().statusCode(200)
                .body("items.itemCode", hasItem(item)).body("items.itemCode", not(hasItem(foreign)))
                .body("items.find { it.itemCode == '" + item + "' }.was", equalTo("户主"));
        admin("330110002").queryParam("size", 100).get("/api/v1/conditions/migration").then().statusCode(200)
                .body("items.itemCode", hasItem(foreign)).body("items.itemCode", not(hasItem(item)));
        given().get("/api/v1/conditions/migration").then().statusCode(401);
    }

    /** The sample's 老年优待证核发 row under another code, its condition written as {@code replacement}. */
    private static String sheetOfElderlyCard(String code, String condition, String replacement) {
        String csv = new String(SampleCatalogue.read("sample/items.csv"), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        String row = Arrays.stream(lines).filter(l -> l.startsWith(ELDERLY_CARD + ",")).findFirst().orElseThrow();
        assertThat(row).contains(condition);
        return lines[0] + "\r\n" + row.replace(ELDERLY_CARD, code).replace(condition, replacement) + "\r\n";
    }

    private static String freeCode() {
        return SAMPLE_TOWN + "-QR-" + (7000 + ThreadLocalRandom.current().nextInt(3000));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonOf(ItemGuide guide) {
        return new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules().convertValue(guide, Map.class);
    }
}
