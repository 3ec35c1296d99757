package org.onetrip.platform.probe;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.inbox.Inbox;
import org.onetrip.platform.events.PoisonEventException;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionStage;

@ApplicationScoped
public class ProbeConsumer {
    private final Inbox inbox;
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    /** The trace each probe was applied in, by aggregate. */
    public static final Map<String, String> TRACES = new ConcurrentHashMap<>();

    ProbeConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("probes")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.process("probes", batch, Map.of(ProbeService.RECORDED, this::apply));
    }

    private void apply(CloudEvent event) {
        // "unreachable": n fails the first n attempts as a database that cannot be reached would.
        int failures = event.data().path("unreachable").asInt();
        if (attempts.merge(event.id().toString(), 1, Integer::sum) <= failures) {
            throw new IllegalStateException("simulated outage", new SQLException("Connection refused", "08001"));
        }
        int seq = event.data().path("seq").asInt();
        if (seq < 1) {
            throw new PoisonEventException("probe " + event.subject() + " has no valid seq");
        }
        TRACES.put(event.subject(), io.opentelemetry.api.trace.Span.current().getSpanContext().getTraceId());
        ProbeApplied applied = new ProbeApplied();
        applied.aggregate = event.subject();
        applied.seq = seq;
        applied.eventId = event.id();
        applied.persist();
    }
}
