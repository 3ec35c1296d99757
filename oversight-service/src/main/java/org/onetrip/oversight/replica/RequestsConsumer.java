package org.onetrip.oversight.replica;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.inbox.Inbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Keeps oversight's replica of the agents' requests ({@code proxy.requests}): every request event carries the whole
 * request, so the latest one wins and an older one arriving late changes nothing.
 */
@ApplicationScoped
public class RequestsConsumer {
    private static final String REQUEST = "org.onetrip.proxyagent.request.";

    private final Inbox inbox;

    RequestsConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    /** What oversight reads of a proxy request event: every one carries the whole request. */
    record RequestChanged(UUID requestId, String itemCode, String village, String town, UUID agentId, String status,
                          OffsetDateTime requestedAt, LocalDate firstContactDue, OffsetDateTime contactedAt,
                          OffsetDateTime deliveredAt, Integer caseTrips, OffsetDateTime at) {
    }

    @Incoming("proxy-requests")
    @Blocking
    public CompletionStage<Void> requests(KafkaRecordBatch<String, String> batch) {
        return inbox.process("proxy-requests", batch,
                type -> type.startsWith(REQUEST) && type.endsWith(".v1") ? this::requestChanged : null);
    }

    private void requestChanged(CloudEvent event) {
        RequestChanged d = event.dataAs(RequestChanged.class);
        UUID id = event.required(d.requestId(), "requestId");
        OffsetDateTime at = event.required(d.at(), "at").truncatedTo(ChronoUnit.MICROS);
        WatchedRequest r = WatchedRequest.<WatchedRequest>findByIdOptional(id).orElseGet(WatchedRequest::new);
        if (r.lastEventAt != null && r.lastEventAt.isAfter(at)) {
            return;
        }
        r.id = id;
        r.itemCode = d.itemCode();
        r.village = d.village();
        r.town = d.town();
        r.agentId = d.agentId();
        r.status = d.status();
        r.requestedAt = event.required(d.requestedAt(), "requestedAt");
        r.firstContactDue = d.firstContactDue();
        r.contactedAt = d.contactedAt();
        r.deliveredAt = d.deliveredAt();
        r.caseTrips = d.caseTrips();
        r.lastEventAt = at;
        r.persist();
    }

}
