package org.onetrip.oversight.complaints;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A complaint as supervisors and departments see it. */
public record ComplaintView(UUID id, Complaint.Source source, String content, String jurisdiction, String caseNumber,
                            UUID agentId, String department, Complaint.Status status, LocalDate receivedOn,
                            LocalDate replyDue, String reply, OffsetDateTime repliedAt, String outcome,
                            OffsetDateTime closedAt, String registeredBy) {

    static ComplaintView of(Complaint c) {
        return new ComplaintView(c.id, c.source, c.content, c.jurisdiction, c.caseNumber, c.agentId, c.department, c.status,
                c.receivedOn, c.replyDue, c.reply, c.repliedAt, c.outcome, c.closedAt, c.registeredBy);
    }
}
