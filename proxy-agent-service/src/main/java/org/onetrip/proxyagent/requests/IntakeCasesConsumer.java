package org.onetrip.proxyagent.requests;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.inbox.Inbox;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Follows the cases intake opened for proxy requests (those carrying a proxyRequestId): the case number,
 * a one-time notice as the agent's task, acceptance, completion with its trip count, or the end of it.
 * Other cases are none of this service's business and are skipped.
 */
@ApplicationScoped
public class IntakeCasesConsumer {
    private static final String PREFIX = "org.onetrip.intake.case.";

    private final Inbox inbox;
    private final Map<String, Consumer<CloudEvent>> handlers = new HashMap<>();

    IntakeCasesConsumer(Inbox inbox) {
        this.inbox = inbox;
        for (String kind : new String[] {"submitted", "supplement-requested", "accepted", "routed", "progressed",
                "suspended", "resumed", "completed", "not-accepted", "withdrawn"}) {
            handlers.put(PREFIX + kind + ".v1", event -> follow(kind, event));
        }
    }

    @Incoming("intake-cases")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process("intake-cases", record, handlers);
    }

    private void follow(String kind, CloudEvent event) {
        JsonNode data = event.data();
        if (!data.hasNonNull("proxyRequestId")) {
            return;
        }
        ProxyRequest r = ProxyRequest.findById(UUID.fromString(data.get("proxyRequestId").asText()));
        if (r == null) {
            return;
        }
        OffsetDateTime at = event.time() != null ? event.time() : OffsetDateTime.now();
        String actor = "intake";
        r.caseNumber = data.path("number").asText(r.caseNumber);
        switch (kind) {
            case "supplement-requested" -> {
                StringBuilder task = new StringBuilder("补正：");
                data.path("notice").path("missing").forEach(m -> task.append(m.path("code").asText()).append(' ')
                        .append(m.path("name").asText()).append("；"));
                data.path("notice").path("defective").forEach(m -> task.append(m.path("code").asText()).append(' ')
                        .append(m.path("reason").asText()).append("；"));
                r.task = task.toString();
                moveIf(r, RequestStatus.SUPPLEMENT_REQUESTED, actor, r.task, at);
            }
            case "accepted", "routed", "progressed", "suspended", "resumed" -> moveIf(r, RequestStatus.ACCEPTED, actor, null, at);
            case "completed" -> {
                moveIf(r, RequestStatus.ACCEPTED, actor, null, at);
                r.caseTrips = data.path("trips").asInt();
                r.completedAt = at;
                moveIf(r, RequestStatus.COMPLETED, actor, data.path("decision").asText(null), at);
            }
            case "not-accepted", "withdrawn" -> {
                r.cancelReason = data.path("note").asText(kind);
                moveIf(r, RequestStatus.CANCELLED, actor, r.cancelReason, at);
            }
            default -> r.updatedAt = at;
        }
    }

    /** intake's events repeat a state the request may already be in; move only where the step is new and allowed. */
    private static void moveIf(ProxyRequest r, RequestStatus next, String actor, String note, OffsetDateTime at) {
        if (r.status != next && r.status.canBecome(next)) {
            r.moveTo(next, actor, note, at);
        }
    }
}
