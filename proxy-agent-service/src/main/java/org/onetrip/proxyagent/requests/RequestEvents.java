package org.onetrip.proxyagent.requests;

import jakarta.enterprise.context.ApplicationScoped;
import org.onetrip.platform.outbox.Outbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the agent network tells intake and oversight on {@code proxy.requests} (key = request id). Every
 * event carries the request as it stands, without personal data, except {@code submitted}, whose
 * {@code submission} is what intake opens the case with. The resident hears of an assignment and of the hand-over
 * from the same transaction (RequestNotices).
 */
@ApplicationScoped
public class RequestEvents {
    public static final String TOPIC = "proxy.requests";

    public enum Kind {
        REQUESTED, ASSIGNED, REASSIGNED, CONTACTED, MATERIALS_COLLECTED, SUBMITTED, SUPPLEMENTED, DELIVERED, CLOSED,
        CANCELLED;

        public String type() {
            return "org.onetrip.proxyagent.request." + name().toLowerCase().replace('_', '-') + ".v1";
        }
    }

    public record RequestEvent(UUID requestId, RequestStatus status, String itemCode, String itemName, String village,
                               String town, ProxyRequest.Source source, UUID agentId, String agentLevel,
                               OffsetDateTime requestedAt, OffsetDateTime assignedAt, LocalDate firstContactDue,
                               OffsetDateTime contactedAt, String caseNumber, Integer caseTrips,
                               OffsetDateTime deliveredAt, OffsetDateTime at, String actor, String note,
                               String agent, Object submission, List<String> materials) {
        // agent and submission are set on submitted only: the agent who hands in, and what intake opens the case with

    }

    private final Outbox outbox;
    private final RequestNotices notices;

    RequestEvents(Outbox outbox, RequestNotices notices) {
        this.outbox = outbox;
        this.notices = notices;
    }

    public void publish(Kind kind, ProxyRequest r, String agentLevel, String actor, String note, OffsetDateTime at,
                        Object submission) {
        UUID eventId = outbox.publish(TOPIC, kind.type(), r.id.toString(), new RequestEvent(r.id, r.status, r.itemCode, r.itemName,
                r.village, r.town, r.source, r.agentId, agentLevel, r.requestedAt, r.assignedAt, r.firstContactDue,
                r.contactedAt, r.caseNumber, r.caseTrips, r.deliveredAt, at, actor, note,
                submission == null ? null : actor, submission, kind == Kind.SUPPLEMENTED || kind == Kind.SUBMITTED ? r.materials : null));
        notices.on(kind, r, eventId);
    }
}
