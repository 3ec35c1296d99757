package org.onetrip.proxyagent.requests;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A request as agents and clerks see it: the resident's numbers masked. */
public record RequestView(UUID id, RequestStatus status, String itemCode, String itemName, String village, String town,
                          ProxyRequest.Source source, String notes, String residentName, String residentIdNumber,
                          String phone, UUID agentId, OffsetDateTime assignedAt, LocalDate firstContactDue,
                          OffsetDateTime contactedAt, List<String> materials, List<String> facts, String caseNumber,
                          String task, Integer caseTrips, OffsetDateTime deliveredAt, OffsetDateTime requestedAt) {

    public static RequestView of(ProxyRequest r) {
        return new RequestView(r.id, r.status, r.itemCode, r.itemName, r.village, r.town, r.source, r.notes,
                r.residentName, r.residentId.masked, r.phone.masked, r.agentId, r.assignedAt, r.firstContactDue,
                r.contactedAt, r.materials, r.facts, r.caseNumber, r.task, r.caseTrips, r.deliveredAt, r.requestedAt);
    }
}
