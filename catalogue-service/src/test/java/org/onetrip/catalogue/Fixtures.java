package org.onetrip.catalogue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.onetrip.catalogue.items.Category;
import org.onetrip.catalogue.items.ItemGuide;
import org.onetrip.catalogue.items.NationalListing;
import org.onetrip.catalogue.reference.Jurisdiction;
import org.onetrip.catalogue.transfer.SampleCatalogue;
import org.onetrip.platform.testing.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Reference data and guides for tests, in a test district of their own (330110) so figures of the sample stay apart. */
public final class Fixtures {
    public static final String DISTRICT = "330110";
    public static final String TOWN = "330110001";
    public static final String DEPARTMENT = "330110001-MZ";
    public static final String CO_DEPARTMENT = "330110001-SB";

    private Fixtures() {
    }

    public static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.token("catalogue-admin", null, "33")).contentType(ContentType.JSON);
    }

    /** Creates the test district, town and two departments (idempotent). */
    /** The illustrative Yiqiao catalogue, loaded by the first test that needs it (its town is 330109013). */
    public static void sampleCatalogue(SampleCatalogue sample) {
        if (QuarkusTransaction.requiringNew().call(() -> Jurisdiction.findById("330109013")) == null) {
            QuarkusTransaction.requiringNew().run(sample::load);
        }
    }

    public static void referenceData() {
        asAdmin().body(Map.of("code", DISTRICT, "name", "测试区", "level", "DISTRICT"))
                .put("/api/v1/jurisdictions/" + DISTRICT).then().statusCode(200);
        asAdmin().body(Map.of("code", TOWN, "name", "测试镇", "level", "TOWN", "parent", DISTRICT))
                .put("/api/v1/jurisdictions/" + TOWN).then().statusCode(200);
        asAdmin().body(Map.of("code", DEPARTMENT, "name", "测试镇民政办", "jurisdiction", TOWN, "phone", "0571-11110000"))
                .put("/api/v1/departments/" + DEPARTMENT).then().statusCode(200);
        asAdmin().body(Map.of("code", CO_DEPARTMENT, "name", "测试镇社保所", "jurisdiction", TOWN))
                .put("/api/v1/departments/" + CO_DEPARTMENT).then().statusCode(200);
    }

    /** A guide with everything publication needs. */
    public static ItemGuide completeGuide(String name) {
        return new ItemGuide(name, null, Category.ADMINISTRATIVE_CONFIRMATION, TOWN, DEPARTMENT, List.of(CO_DEPARTMENT),
                List.of(new ItemGuide.LegalBasis("《中华人民共和国老年人权益保障法》", "第五十七条")),
                "年满六十周岁的本镇户籍老年人",
                List.of(material("M01", "居民身份证", ItemGuide.Necessity.REQUIRED, ItemGuide.MaterialSource.APPLICANT),
                        material("M02", "户口簿", ItemGuide.Necessity.REQUIRED, ItemGuide.MaterialSource.SHARED_DATA),
                        new ItemGuide.Material("M03", "代办人身份证", ItemGuide.Necessity.CONDITIONAL, "PROXY_APPLICANT",
                                "委托他人代办的", ItemGuide.MaterialForm.ORIGINAL, 1, ItemGuide.Medium.PAPER,
                                ItemGuide.MaterialSource.APPLICANT, null, null, null, false)),
                List.of(new ItemGuide.Step("受理", "综合受理窗口", 0), new ItemGuide.Step("审核", "民政办", 4)),
                20, 5, List.of(), 0, true, true, true, "测试镇便民服务中心", "工作日 8:30-17:00", "0571-11110000",
                "0571-11119999", List.of(new ItemGuide.Faq("可以代办吗？", "可以。")),
                List.of(new ItemGuide.FacilitationRule("GREEN_CHANNEL", "绿色通道", List.of("TALENT"), List.of("M01"), 2)), null,
                new NationalListing("QR00123000", "11330109MB1234567XQR00123000", NationalListing.CaseType.PROMISED,
                        List.of(NationalListing.ServiceObject.NATURAL_PERSON), NationalListing.ResultType.LICENCE,
                        "《老年人优待证》样证", NationalListing.ServiceScope.DISTRICT));
    }

    /** A draft with only what a draft needs: a name, a category and a jurisdiction. */
    public static ItemGuide bareGuide(String name) {
        return new ItemGuide(name, null, Category.ADMINISTRATIVE_CONFIRMATION, TOWN, null, null, null, null, null, null,
                null, null, null, null, false, false, false, null, null, null, null, null, null, null, null);
    }

    private static ItemGuide.Material material(String code, String name, ItemGuide.Necessity necessity,
                                               ItemGuide.MaterialSource source) {
        return new ItemGuide.Material(code, name, necessity, null, null, ItemGuide.MaterialForm.ORIGINAL, 1,
                ItemGuide.Medium.PAPER, source, null, null, null, false);
    }
}
