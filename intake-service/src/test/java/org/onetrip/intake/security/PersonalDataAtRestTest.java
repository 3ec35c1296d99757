package org.onetrip.intake.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.onetrip.intake.Fixtures;
import org.onetrip.platform.personaldata.PersonalData;
import org.onetrip.platform.personaldata.PersonalDataResealing;
import org.onetrip.platform.personaldata.SealedAt;
import org.onetrip.platform.testing.MessageProviders;
import org.onetrip.platform.testing.OneTripTestResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * Read as someone with the database (a disk, a backup) would: no name, ID or phone number, e-mail address or look-up
 * code of a resident in clear in any row intake keeps, each sealed value bound to its row and column, and what was
 * stored before sealed again for its place.
 */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class PersonalDataAtRestTest {
    private static final String NAME = "欧阳秀英";

    @Inject
    AgroalDataSource db;
    @Inject
    PersonalData personalData;
    @Inject
    PersonalDataResealing resealing;

    @Test
    void nothingAResidentGaveIsInClearInAnyRowAndEachValueOpensOnlyWhereItLives() throws Exception {
        String phone = Fixtures.newPhone();
        String email = "r" + phone + "@example.cn";
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        Map<String, Object> submission = new HashMap<>(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of()));
        submission.put("applicant", Map.of("kind", "PERSON", "name", NAME, "idNumber", Fixtures.ID, "phone", phone, "email", email));
        String key = UUID.randomUUID().toString();
        String number = Fixtures.asClerk().header("Idempotency-Key", key).body(submission)
                .post("/api/v1/cases").then().statusCode(201).body("applicant.name", equalTo(NAME)).extract().path("number");
        Fixtures.asClerk().post("/api/v1/cases/" + number + "/acceptance").then().statusCode(200);
        String code = Fixtures.asClerk().get("/api/v1/cases/" + number).path("lookupCode");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> MessageProviders.get().textsTo(phone).size() == 1);
        assertThat(MessageProviders.get().textsTo(phone).get(0).content()).as("the resident still gets the code").contains(code);

        String[] secrets = {NAME, Fixtures.ID, phone, email, code};
        Map<String, String> caseRow = row("select applicant_name, applicant_code_sealed, phone_sealed, email_sealed, lookup_code_sealed"
                + " from intake_case where number = ?", number);
        assertThat(caseRow.values()).allSatisfy(value -> assertThat(value).startsWith("v2:"));
        assertThat(rows("select body, coalesce(recipient_sealed, ''), coalesce(text_sealed, '') from notification where reference = ?", number))
                .hasSize(2).allSatisfy(text -> assertThat(text).doesNotContain(secrets));
        assertThat(rows("select content::text from case_document d join intake_case c on c.id = d.case_id where c.number = ?", number))
                .hasSize(1).allSatisfy(text -> assertThat(text).contains("查询码").doesNotContain(secrets));
        assertThat(rows("select body || ' ' || request_hash from idempotency_key where idem_key = ?", key))
                .hasSize(1).allSatisfy(text -> assertThat(text).doesNotContain(secrets));
        for (Map.Entry<String, String> column : caseRow.entrySet()) {
            assertThat(column.getValue()).doesNotContain(secrets);
            SealedAt here = new SealedAt("intake_case", column.getKey(), number);
            assertThat(personalData.open(column.getValue(), here)).as(column.getKey()).isIn(NAME, Fixtures.ID, phone, email, code);
            assertThatThrownBy(() -> personalData.open(column.getValue(), new SealedAt("intake_case", column.getKey(), number + "0")))
                    .as("moved to another row").isInstanceOf(IllegalStateException.class);
        }
        assertThatThrownBy(() -> personalData.open(caseRow.get("phone_sealed"), new SealedAt("intake_case", "email_sealed", number)))
                .as("moved to another column").isInstanceOf(IllegalStateException.class);

        String html = Fixtures.asClerk().get("/api/v1/cases/" + number + "/documents").jsonPath().getString("[0].html");
        assertThat(Fixtures.asClerk().get(html).then().statusCode(200).extract().asString()).contains(NAME, code);
        Fixtures.asClerk().get("/api/v1/notifications?reference=" + number).then().statusCode(200)
                .body("items[0].body", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(code)));
    }

    @Test
    void whatWasStoredBeforeIsSealedAgainForItsPlace() throws Exception {
        String item = Fixtures.publishElderlyCard(Fixtures.newItemCode(), 1, List.of());
        String number = Fixtures.asClerk().body(Fixtures.submission(item, List.of("M01", "M03", "M05"), List.of()))
                .post("/api/v1/cases").then().statusCode(201).extract().path("number");
        // A database from before: a name in clear, and no pass over the column recorded yet.
        update("update intake_case set applicant_name = '张三丰' where number = ?", number);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("delete from personal_data_resealed where table_name = 'intake_case' and column_name = 'applicant_name'");
        }
        Fixtures.asClerk().get("/api/v1/cases/" + number).then().statusCode(200).body("applicant.name", equalTo("张三丰"));

        assertThat(resealing.resealAll()).isGreaterThanOrEqualTo(1);
        assertThat(row("select applicant_name from intake_case where number = ?", number).get("applicant_name"))
                .startsWith("v2:").doesNotContain("张三丰");
        Fixtures.asClerk().get("/api/v1/cases/" + number).then().statusCode(200).body("applicant.name", equalTo("张三丰"));
        assertThat(resealing.resealAll()).as("nothing left to seal again").isZero();

        // The column was read through once: later starts read it no more (nothing writes a value in clear now; this
        // one, written behind the service's back, stays as it is).
        update("update intake_case set applicant_name = '张无忌' where number = ?", number);
        assertThat(resealing.resealAll()).as("a column found done is not read again").isZero();
        assertThat(row("select applicant_name from intake_case where number = ?", number).get("applicant_name")).isEqualTo("张无忌");
    }

    private Map<String, String> row(String sql, String parameter) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as(sql).isTrue();
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.put(r.getMetaData().getColumnName(i), r.getString(i));
                }
                return row;
            }
        }
    }

    private List<String> rows(String sql, String parameter) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    StringBuilder all = new StringBuilder();
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        all.append(r.getString(i)).append(' ');
                    }
                    rows.add(all.toString());
                }
            }
            return rows;
        }
    }

    private void update(String sql, String parameter) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
