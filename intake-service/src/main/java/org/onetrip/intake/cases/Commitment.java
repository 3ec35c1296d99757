package org.onetrip.intake.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 容缺受理: the applicant's written commitment (承诺书) to hand in the tolerable materials the case was accepted
 * without, by {@code due} (the item's commitmentDays after acceptance, in working days). Kept once they are all in.
 *
 * @param materials the codes of the materials committed to
 * @param note      the commitment as recorded (e.g. its reference, who signed)
 */
public record Commitment(List<String> materials, String note, LocalDate due, OffsetDateTime keptAt) {

    public Commitment {
        materials = List.copyOf(materials);
    }

    public boolean open() {
        return keptAt == null;
    }

    Commitment keptAt(OffsetDateTime at) {
        return new Commitment(materials, note, due, at);
    }
}
