package org.onetrip.proxyagent.requests;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.events.CloudEventHeaders;
import org.onetrip.platform.inbox.Inbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Follows the cases intake opened for proxy requests (those carrying a proxyRequestId): the case number,
 * a one-time notice as the agent's task, acceptance, completion with its trip count, the resident's own
 * confirmation of receipt, or the end of it.
 * Other cases are none of this service's business and are skipped.
 */
@ApplicationScoped
public class IntakeCasesConsumer {
    private static final String PREFIX = "org.onetrip.intake.case.";

    private final Inbox inbox;
    private final RequestService requests;

    IntakeCasesConsumer(Inbox inbox, RequestService requests) {
        this.inbox = inbox;
        this.requests = requests;
    }

    /** What this service reads of a case event: the request it was opened for, the notice, the outcome. */
    record CaseChanged(String number, UUID proxyRequestId, Notice notice, Integer trips, String decision, String note) {
        record Notice(List<Material> missing, List<Material> defective) {
        }

        record Material(String code, String name, String reason) {
        }
    }

    @Incoming("intake-cases")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        // Most cases come through a window, not an agent: those are passed over on their ce_channel header, without
        // reading the event or a transaction. (An event without the header, from before it existed, is read.)
        return inbox.process("intake-cases", batch, headers -> CloudEventHeaders.extension(headers, "channel")
                        .map("PROXY"::equals).orElse(true),
                (topic, type) -> type.startsWith(PREFIX) && type.endsWith(".v1")
                        ? event -> follow(type.substring(PREFIX.length(), type.length() - 3), event) : null);
    }

    private void follow(String kind, CloudEvent event) {
        CaseChanged data = event.dataAs(CaseChanged.class);
        if (data.proxyRequestId() == null) {
            return;
        }
        ProxyRequest r = ProxyRequest.findById(data.proxyRequestId());
        if (r == null) {
            return;
        }
        OffsetDateTime at = event.time() != null ? event.time() : OffsetDateTime.now();
        String actor = "intake";
        r.caseNumber = data.number() != null ? data.number() : r.caseNumber;
        switch (kind) {
            case "supplement-requested" -> {
                StringBuilder task = new StringBuilder("补正：");
                if (data.notice() != null) {
                    listed(data.notice().missing()).forEach(m -> task.append(m.code()).append(' ').append(m.name()).append("；"));
                    listed(data.notice().defective()).forEach(m -> task.append(m.code()).append(' ').append(m.reason()).append("；"));
                }
                r.task = task.toString();
                moveIf(r, RequestStatus.SUPPLEMENT_REQUESTED, actor, r.task, at);
            }
            case "accepted", "routed", "progressed", "suspended", "resumed" -> moveIf(r, RequestStatus.ACCEPTED, actor, null, at);
            case "completed" -> {
                moveIf(r, RequestStatus.ACCEPTED, actor, null, at);
                r.caseTrips = data.trips() == null ? 0 : data.trips();
                r.completedAt = at;
                moveIf(r, RequestStatus.COMPLETED, actor, data.decision(), at);
            }
            case "not-accepted", "withdrawn" -> {
                r.cancelReason = data.note() != null ? data.note() : kind;
                moveIf(r, RequestStatus.CANCELLED, actor, r.cancelReason, at);
            }
            case "receipt-confirmed" -> {
                // The resident confirmed the handover with their own login: the request ends as an agent's
                // confirmation would end it (the handover must have been recorded first).
                if (r.status == RequestStatus.RESULT_DELIVERED) {
                    requests.close(r.id, "居民本人确认收到", RequestService.Actor.resident());
                }
            }
            default -> {
                // Nothing else the request follows (delivery, visits, commitments): leave it untouched, so an agent
                // confirming the handover at this moment is not refused as a concurrent change.
            }
        }
    }

    private static <T> List<T> listed(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** intake's events repeat a state the request may already be in; move only where the step is new and allowed. */
    private static void moveIf(ProxyRequest r, RequestStatus next, String actor, String note, OffsetDateTime at) {
        if (r.status != next && r.status.canBecome(next)) {
            r.moveTo(next, actor, note, at);
        }
    }
}
