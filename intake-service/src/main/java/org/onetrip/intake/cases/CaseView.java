package org.onetrip.intake.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A case as staff see it: personal data masked (the full data is a separate, recorded read). {@code statusCode} and
 * {@code statusLabel} are the status's step number with the provincial and national platforms and its Chinese name.
 */
public record CaseView(String number, CaseStatus status, String statusCode, String statusLabel, String itemCode, int itemVersion, String itemName,
                       String jurisdiction, Channel channel, ApplicantView applicant, String applicantClass,
                       String ruleCode, List<String> facts, List<SubmittedMaterial> materials, Notice notice, Commitment commitment,
                       Integer promisedDays, LocalDate acceptedOn, LocalDate dueDate, LocalDate suspendedOn,
                       List<CaseEvents.DepartmentState> departments, IntakeCase.Decision decision, String result,
                       IntakeCase.DeliveryMethod deliveryMethod, OffsetDateTime deliveredAt, List<String> deliveredDocuments,
                       OffsetDateTime receiptConfirmedAt, int trips,
                       UUID proxyRequestId, OffsetDateTime submittedAt, boolean imported, String legacyNumber, String lookupCode) {

    public record ApplicantView(IntakeCase.ApplicantKind kind, String name, String code, String phone) {
    }

    /** In lists: no lookup code. */
    public static CaseView of(IntakeCase c) {
        return of(c, null);
    }

    /** One case for the clerk or the applicant, with the lookup code to print on the receipt. */
    public static CaseView of(IntakeCase c, String lookupCode) {
        return new CaseView(c.number, c.status, c.status.code(), c.status.label(), c.itemCode, c.itemVersion, c.itemName, c.jurisdiction, c.channel,
                new ApplicantView(c.applicantKind, c.applicantName, c.applicantCode.masked, c.phone.masked),
                c.applicantClass, c.ruleCode, c.facts, c.materials, c.notice, c.commitment, c.promisedDays, c.acceptedOn, c.dueDate,
                c.suspendedOn, CaseDepartment.of(c).stream().map(CaseEvents.DepartmentState::of).toList(), c.decision, c.result,
                c.deliveryMethod, c.deliveredAt, c.deliveredDocuments, c.receiptConfirmedAt, c.trips, c.proxyRequestId, c.submittedAt, c.imported, c.legacyNumber, lookupCode);
    }

    /** One step of the history, with the step number and name of the status it led to. */
    public record Step(OffsetDateTime at, String actor, CaseStatus from, CaseStatus to, String toCode, String toLabel, String note) {
        static Step of(CaseTransition t) {
            return new Step(t.at, t.actor, t.from, t.to, t.to.code(), t.to.label(), t.note);
        }

        Step withoutActor() {
            return new Step(at, null, from, to, toCode, toLabel, note);
        }
    }
}
