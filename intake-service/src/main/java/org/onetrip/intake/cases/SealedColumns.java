package org.onetrip.intake.cases;

import jakarta.enterprise.context.ApplicationScoped;
import org.onetrip.platform.personaldata.PersonalDataResealing.Column;
import org.onetrip.platform.personaldata.PersonalDataResealing;

import java.util.List;

/** Where intake keeps residents' personal data: cases and bookings (messages' addresses are the platform's). */
@ApplicationScoped
class SealedColumns implements PersonalDataResealing.Columns {
    @Override
    public List<Column> columns() {
        return List.of(
                new Column("intake_case", "number", "applicant_name", true),
                new Column("intake_case", "number", "applicant_code_sealed", false, "applicant_kind = 'PERSON'"),
                new Column("intake_case", "number", "phone_sealed", false),
                new Column("intake_case", "number", "email_sealed", false),
                new Column("intake_case", "number", "lookup_code_sealed", false),
                new Column("appointment", "id", "name", true),
                new Column("appointment", "id", "phone_sealed", false),
                new Column("appointment", "id", "email_sealed", false));
    }
}
