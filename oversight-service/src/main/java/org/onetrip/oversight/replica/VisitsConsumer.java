package org.onetrip.oversight.replica;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.inbox.Inbox;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Keeps the agents' visits to their villages ({@code proxy.visits}), which the villages' figures count. */
@ApplicationScoped
public class VisitsConsumer {
    private final Inbox inbox;
    private final EntityManager entityManager;

    VisitsConsumer(Inbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
    }

    record VisitRecorded(UUID noteId, UUID agentId, String author, String village, LocalDate visitedOn) {
    }

    @Incoming("proxy-visits")
    @Blocking
    public CompletionStage<Void> visits(KafkaRecordBatch<String, String> batch) {
        return inbox.process("proxy-visits", batch, Map.of("org.onetrip.proxyagent.visit.recorded.v1", this::visitRecorded));
    }

    private void visitRecorded(CloudEvent event) {
        VisitRecorded d = event.dataAs(VisitRecorded.class);
        entityManager.createNativeQuery("insert into watched_visit (id, agent_id, author, village, visited_on)"
                        + " values (:id, :agent, :author, :village, :on) on conflict (id) do nothing")
                .setParameter("id", event.required(d.noteId(), "noteId"))
                .setParameter("agent", d.agentId())
                .setParameter("author", d.author())
                .setParameter("village", d.village())
                .setParameter("on", event.required(d.visitedOn(), "visitedOn"))
                .executeUpdate();
    }

}
