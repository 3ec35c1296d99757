package org.onetrip.oversight.alerts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An alert as supervisors and officers see it. */
public record AlertView(UUID id, Alert.Kind kind, String subject, String jurisdiction, String department, String itemCode,
                        LocalDate dueDate, LocalDate raisedOn, OffsetDateTime raisedAt) {

    static AlertView of(Alert a) {
        return new AlertView(a.id, a.kind, a.subject, a.jurisdiction, a.department, a.itemCode, a.dueDate, a.raisedOn, a.raisedAt);
    }
}
