package org.onetrip.oversight.reviews;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A rectification as its department and the supervisors see it. */
public record RectificationView(UUID id, UUID reviewId, String caseNumber, String department, String jurisdiction,
                                Rectification.Status status, LocalDate openedOn, LocalDate callbackDue,
                                OffsetDateTime calledBackAt, String callbackNote, LocalDate reportDue,
                                OffsetDateTime reportedAt, String report, OffsetDateTime verifiedAt, String verifiedBy,
                                String verdict, String appealReason, String appealDecision) {

    static RectificationView of(Rectification r) {
        return new RectificationView(r.id, r.reviewId, r.caseNumber, r.department, r.jurisdiction, r.status, r.openedOn,
                r.callbackDue, r.calledBackAt, r.callbackNote, r.reportDue, r.reportedAt, r.report, r.verifiedAt, r.verifiedBy,
                r.verdict, r.appealReason, r.appealDecision);
    }
}
