package org.onetrip.intake.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.intake.cases.CaseStatus;
import org.onetrip.intake.cases.CaseTransition;
import org.onetrip.intake.cases.ElectronicResult;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.intake.cases.LookupCodes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case's progress for whoever holds its number and lookup code; a wrong number and a wrong code alike are not found.
 * It says whether the case can be rated there now (completed, not rated on the look-up yet).
 */
@ApplicationScoped
public class ProgressLookup {

    /** A change of status, with the status's step number and Chinese name as in every other answer. */
    public record Step(OffsetDateTime at, CaseStatus status, String statusCode, String statusLabel) {
        static Step of(OffsetDateTime at, CaseStatus status) {
            return new Step(at, status, status.code(), status.label());
        }
    }

    public record Progress(String number, String itemName, CaseStatus status, String statusCode, String statusLabel,
                           LocalDate acceptedOn, LocalDate dueDate, int trips, List<Step> timeline,
                           boolean ratable, OffsetDateTime ratedAt, List<ElectronicResult> electronicResults) {
    }

    private final LookupCodes lookupCodes;

    ProgressLookup(LookupCodes lookupCodes) {
        this.lookupCodes = lookupCodes;
    }

    @Transactional
    public Progress find(String number, String code) {
        IntakeCase c = lookupCodes.require(number, code);
        List<Step> timeline = CaseTransition.<CaseTransition>list("caseId = ?1 order by id", c.id).stream()
                .filter(t -> t.from != t.to) // the status changes; departments' notes are for the staff and the applicant
                .map(t -> Step.of(t.at, t.to)).toList();
        return new Progress(c.number, c.itemName, c.status, c.status.code(), c.status.label(), c.acceptedOn, c.dueDate,
                c.trips, timeline, RatingByLookup.ratable(c), c.ratedAt, ElectronicResult.of(c));
    }
}
