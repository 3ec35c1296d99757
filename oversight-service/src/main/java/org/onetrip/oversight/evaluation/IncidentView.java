package org.onetrip.oversight.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An incident recorded against a cadre, exempt (容错免责) or counted. */
public record IncidentView(UUID id, Incident.CadreKind cadreKind, String cadre, Incident.Kind kind, String description,
                           LocalDate occurredOn, boolean exempt, String exemptReason, String recordedBy, String jurisdiction,
                           OffsetDateTime recordedAt) {

    static IncidentView of(Incident i) {
        return new IncidentView(i.id, i.cadreKind, i.cadre, i.kind, i.description, i.occurredOn, i.exempt, i.exemptReason,
                i.recordedBy, i.jurisdiction, i.recordedAt);
    }
}
