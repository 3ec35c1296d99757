package org.onetrip.catalogue.transfer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.catalogue.Fixtures;
import org.onetrip.catalogue.items.ItemVersion;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** The illustrative Yiqiao catalogue through the import, and what residents and other platforms read of it. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class SampleCatalogueTest {
    private static final String TOWN = "330109013";

    @Inject
    SampleCatalogue sample;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void loadSampleOnce() {
        Fixtures.sampleCatalogue(sample);
    }

    @Test
    void theTownsFiguresAreTheBulletins() {
        given().queryParam("jurisdiction", TOWN).get("/api/v1/catalogue/figures")
                .then().statusCode(200)
                .body("totalItems", equalTo(49))
                .body("reformListed", equalTo(45))
                .body("reformListedPercent", equalTo(91.84f))
                .body("proxyEligible", equalTo(25));
        given().queryParam("jurisdiction", "330109").queryParam("includeSubordinates", true).get("/api/v1/catalogue/figures")
                .then().statusCode(200).body("totalItems", equalTo(52));
        given().get("/api/v1/jurisdictions?parent=" + TOWN + "&size=100").then().body("total", equalTo(24));
    }

    @Test
    void aChineseSubstringFindsTheItem() {
        given().queryParam("q", "优待").get("/api/v1/catalogue/items")
                .then().statusCode(200)
                .body("items.name", hasItems("老年优待证核发", "退役军人优待证申领"))
                .body("items.name", everyItem(containsString("优待")));
        given().queryParam("q", "残疾人补助").queryParam("proxyEligible", true).get("/api/v1/catalogue/items")
                .then().body("items.name", hasItem("残疾人补助救助保障"));
        given().queryParam("q", "不存在的事项").get("/api/v1/catalogue/items").then().body("total", equalTo(0));
    }

    @Test
    void theKeywordSearchUsesTheIndexNotATableScan() {
        // At a province's size the planner must answer a keyword from the n-gram index.
        String plan = planAtProvinceSize("'330109013'", "v.search_grams @> array['优待']::text[]");
        assertThat(plan).contains("item_version_published_grams").doesNotContain("Seq Scan");
    }

    @Test
    void aDistrictsItemsAreThoseOfEveryPlaceBelowItSoughtThroughTheIndex() {
        int town = given().queryParam("jurisdiction", TOWN).get("/api/v1/catalogue/items").then().statusCode(200)
                .extract().path("total");
        given().queryParam("jurisdiction", "330109").get("/api/v1/catalogue/items").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(town)).body("items.jurisdiction", everyItem(startsWith("330109")));
        // Not a code: it matches nothing, not everything its wildcards would.
        given().queryParam("jurisdiction", "33%").get("/api/v1/catalogue/items").then().statusCode(200).body("total", equalTo(0));
        String plan = planAtProvinceSize("'3399' || lpad((i % 1300)::text, 5, '0')", "v.jurisdiction_code like '330109%'");
        assertThat(plan).contains("item_version_published_area").doesNotContain("Seq Scan");
    }

    /**
     * The plan of a search of the published items ({@code condition}) once the catalogue is province-sized: 20,000 more
     * items in the jurisdictions {@code jurisdiction} gives for each {@code i}, in a transaction that is rolled back.
     */
    private String planAtProvinceSize(String jurisdiction, String condition) {
        QuarkusTransaction.begin();
        try {
            entityManager.createNativeQuery("""
                    insert into item_version (code, version, status, guide, name, category, jurisdiction_code,
                        proxy_eligible, zero_trip, reform_listed, online, search_grams, created_at, created_by, updated_at)
                    select 'BULK-' || i, 1, 'PUBLISHED', '{}'::jsonb, '事项' || i, 'OTHER', %s,
                        false, false, false, false, array['事', '项', '事项', i::text], now(), 'test', now()
                    from generate_series(1, 20000) i""".formatted(jurisdiction)).executeUpdate();
            entityManager.createNativeQuery("analyze item_version").executeUpdate();
            @SuppressWarnings("unchecked")
            List<String> lines = entityManager.createNativeQuery("explain select * from item_version v "
                    + "where v.status = 'PUBLISHED' and " + condition).getResultList();
            return String.join("\n", lines);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void listsFilterAndPage() {
        given().queryParam("jurisdiction", TOWN).queryParam("zeroTrip", true).queryParam("size", 5)
                .get("/api/v1/catalogue/items")
                .then().statusCode(200).body("items", hasSize(5)).body("size", equalTo(5))
                .body("items.zeroTrip", everyItem(equalTo(true)));
        given().queryParam("size", 1000).get("/api/v1/catalogue/items")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void theGreenChannelAndGradesAreInTheExitEntryGuide() {
        given().get("/api/v1/catalogue/items/330109-XK-0001")
                .then().statusCode(200)
                .body("guide.facilitationRules.code", hasItems("GREEN_CHANNEL", "GRADE_A", "GRADE_B", "GRADE_C"))
                .body("guide.facilitationRules.find { it.code == 'GRADE_A' }.promisedDays", equalTo(5))
                .body("guide.facilitationRules.find { it.code == 'GRADE_A' }.waivedMaterials", hasItems("P04", "P05"))
                .body("guide.promisedDays", equalTo(15));
    }

    @Test
    void theCatalogueIsReadableAsOpen311() {
        given().queryParam("jurisdiction_id", TOWN).get("/open311/v2/services.json")
                .then().statusCode(200)
                .body("$", hasSize(49))
                .body("find { it.service_code == '330109013-QR-0001' }.service_name", equalTo("老年优待证核发"))
                .body("find { it.service_code == '330109013-QR-0001' }.keywords", containsString("零跑腿"));
        given().get("/open311/v2/services/330109013-QR-0001.json")
                .then().statusCode(200)
                .body("service_code", equalTo("330109013-QR-0001"))
                .body("attributes.code", hasItems("M01", "M03", "M05"))
                .body("attributes.find { it.code == 'M02' }.variable", equalTo(false))
                .body("attributes.find { it.code == 'M04' }.required", equalTo(false));
    }

    @Test
    void theCatalogueIsReadableAsCpsvAp() {
        given().accept("application/ld+json").get("/api/v1/catalogue/cpsv/330109013-QR-0001")
                .then().statusCode(200)
                .contentType(containsString("application/ld+json"))
                .body("'@type'", equalTo("cpsv:PublicService"))
                .body("'@context'.cpsv", equalTo("http://purl.org/vocab/cpsv#"))
                .body("'dct:title'.'@value'", equalTo("老年优待证核发"))
                .body("'cv:hasCompetentAuthority'.'@type'", equalTo("cv:PublicOrganisation"))
                .body("'cpsv:hasInput'.'@type'", everyItem(equalTo("cv:Evidence")))
                // five working days can span seven calendar days
                .body("'cv:processingTime'.'@value'", equalTo("P7D")).body("'cv:processingTime'.'@type'", equalTo("xsd:duration"));
        given().accept("application/ld+json").queryParam("jurisdiction", TOWN).queryParam("size", 10)
                .get("/api/v1/catalogue/cpsv")
                .then().statusCode(200).body("'@graph'", hasSize(10)).body("totalItems", equalTo(49));
    }

    @Test
    void everyItemConformsToTheCpsvApShapes() {
        var shapes = org.apache.jena.shacl.Shapes.parse(org.apache.jena.riot.RDFParser.source("cpsv/cpsv-ap-3.2-shapes.ttl")
                .lang(org.apache.jena.riot.Lang.TURTLE).toGraph());
        // Every published item (the sample's 52 and whatever other tests published), page by page, in one graph.
        org.apache.jena.graph.Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        int total = given().get("/api/v1/catalogue/cpsv").path("totalItems");
        assertThat(total).isGreaterThanOrEqualTo(52);
        for (int page = 0; page * 50 < total; page++) {
            String catalogue = given().accept("application/ld+json").queryParam("page", page).queryParam("size", 50)
                    .get("/api/v1/catalogue/cpsv").then().statusCode(200).extract().asString();
            org.apache.jena.riot.RDFParser.fromString(catalogue, org.apache.jena.riot.Lang.JSONLD).parse(graph);
        }
        var report = org.apache.jena.shacl.ShaclValidator.get().validate(shapes, graph);
        assertThat(report.getEntries()).as(() -> report.getEntries().stream().limit(20).map(Object::toString)
                .collect(java.util.stream.Collectors.joining("\n"))).isEmpty();
        assertThat(graph.find(null, org.apache.jena.rdf.model.ResourceFactory.createProperty("http://purl.org/dc/terms/identifier").asNode(), null)
                .toList()).hasSizeGreaterThan(total);

        // The shapes do bite: the export as it used to be (a literal status, cv:spatial, a channel without identifier)
        // breaks them.
        String old = """
                {"@context": {"cpsv": "http://purl.org/vocab/cpsv#", "cv": "http://data.europa.eu/m8g/", "dct": "http://purl.org/dc/terms/",
                  "adms": "http://www.w3.org/ns/adms#", "skos": "http://www.w3.org/2004/02/skos/core#"},
                 "@id": "urn:example:item", "@type": "cpsv:PublicService", "dct:identifier": "X", "dct:title": {"@value": "x", "@language": "zh"},
                 "dct:description": {"@value": "x", "@language": "zh"}, "adms:status": "published", "cv:processingTime": "P5D",
                 "cv:hasCompetentAuthority": {"@id": "urn:example:org", "@type": "cv:PublicOrganisation",
                   "skos:prefLabel": {"@value": "x", "@language": "zh"}, "cv:spatial": "urn:example:place"},
                 "cv:hasChannel": {"@type": "cv:Channel", "dct:type": "online"}}""";
        var broken = org.apache.jena.shacl.ShaclValidator.get().validate(shapes,
                org.apache.jena.riot.RDFParser.fromString(old, org.apache.jena.riot.Lang.JSONLD).toGraph());
        assertThat(broken.getEntries()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void theExportImportsBackUnchanged() {
        byte[] csv = export("csv");
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("老年优待证核发");
        given().auth().oauth2(TestTokens.token("catalogue-admin", null, "33")).contentType("text/csv").body(csv)
                .queryParam("publish", true).post("/api/v1/imports/items")
                .then().statusCode(200).body("rows", equalTo(52)).body("created", equalTo(0)).body("published", equalTo(52));
        assertThat(export("csv")).isEqualTo(csv);

        byte[] xlsx = export("xlsx");
        given().auth().oauth2(TestTokens.token("catalogue-admin", null, "33"))
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(xlsx)
                .queryParam("publish", true).post("/api/v1/imports/items")
                .then().statusCode(200).body("rows", equalTo(52));
        assertThat(export("csv")).isEqualTo(csv);
    }

    @Test
    void aTownsSheetFromBeforeTheNationalRenamingImportsAndSaysWhatWasMapped() {
        String csv = new String(SampleCatalogue.read("sample/items.csv"), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        String older = java.util.Arrays.stream(lines).filter(l -> l.startsWith("330109013-QT-0002,")).findFirst().orElseThrow()
                .replace(",其他行政权力,", ",其他,");
        given().auth().oauth2(TestTokens.token("catalogue-admin", null, "33")).contentType("text/csv")
                .body((lines[0] + "\r\n" + older + "\r\n").getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/items")
                .then().statusCode(200).body("rows", equalTo(1))
                .body("mapped", org.hamcrest.Matchers.contains("rows[2].事项类别：其他 → 其他行政权力"));
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEachError() {
        long before = QuarkusTransaction.requiringNew().call(() -> ItemVersion.count());
        String csv = new String(SampleCatalogue.read("sample/items.csv"), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        // row 2: an unknown category; a new item in row 54 with a bad code and no materials; a duplicate of row 2 in row 55
        String badCategory = lines[1].replaceFirst(",行政确认,", ",行政审查,");
        String badCode = lines[1].replace("330109013-QR-0001", "330109013-QR-1");
        String broken = String.join("\r\n", lines[0], badCategory,
                String.join("\r\n", java.util.Arrays.copyOfRange(lines, 2, lines.length)), badCode, lines[1]) + "\r\n";
        given().auth().oauth2(TestTokens.token("catalogue-admin", null, "33")).contentType("text/csv")
                .body(broken.getBytes(StandardCharsets.UTF_8)).queryParam("publish", true).post("/api/v1/imports/items")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("rows[2].事项类别", "rows[54].事项编码", "rows[55].事项编码"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ItemVersion.count())).isEqualTo(before);
    }

    @Test
    void wrongFormatsAndOversizedFilesAreRefused() {
        given().auth().oauth2(TestTokens.token("catalogue-admin", null, "33")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/imports/items").then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("catalogue-admin", null, "33"))
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body("not a zip".getBytes())
                .post("/api/v1/imports/items").then().statusCode(415);
        given().auth().oauth2(TestTokens.token("catalogue-admin", null, "33")).contentType("text/csv")
                .body(new byte[CatalogueTransfer.MAX_BYTES + 1]).post("/api/v1/imports/items")
                .then().statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("catalogue-admin", null, "33")).contentType("text/csv")
                .body("事项编码,事项名称\r\n".getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports/items")
                .then().statusCode(400).body("errors.field", hasItem("rows[1].申报材料"));
    }

    private static byte[] export(String format) {
        return given().auth().oauth2(TestTokens.token("catalogue-admin", null, "33")).queryParam("format", format)
                .queryParam("jurisdiction", "330109").get("/api/v1/exports/items").then().statusCode(200).extract().asByteArray();
    }
}
