package org.onetrip.oversight.replica;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.events.PoisonEventException;
import org.onetrip.platform.inbox.Inbox;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The halls of the service centres, from intake.queue: numbers called and how long each waited, called numbers nobody
 * answered, bookings missed. The board's waiting time and no-shows are counted from these rows.
 */
@ApplicationScoped
public class HallConsumer {
    private static final String QUEUE = "org.onetrip.intake.queue.";

    private final Inbox inbox;
    private final EntityManager entityManager;

    HallConsumer(Inbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
    }

    /** What oversight reads of a hall event. */
    record HallEvent(String centre, String jurisdiction, LocalDate day, boolean booked, Long waitSeconds) {
    }

    @Incoming("intake-queue")
    @Blocking
    public CompletionStage<Void> hall(KafkaRecordBatch<String, String> batch) {
        return inbox.process("intake-queue", batch, Map.of(
                QUEUE + "ticket-called.v1", e -> record("CALLED", e),
                QUEUE + "ticket-no-show.v1", e -> record("NO_SHOW", e),
                QUEUE + "appointment-missed.v1", e -> record("MISSED", e)));
    }

    private void record(String kind, CloudEvent event) {
        HallEvent d = event.dataAs(HallEvent.class);
        if (d.centre() == null || d.jurisdiction() == null || d.day() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " names no centre, jurisdiction or day");
        }
        entityManager.createNativeQuery("""
                        insert into hall_event (event_id, kind, centre, jurisdiction, day, booked, wait_seconds)
                        values (:id, :kind, :centre, :jurisdiction, :day, :booked, :wait) on conflict (event_id) do nothing""")
                .setParameter("id", event.id()).setParameter("kind", kind).setParameter("centre", d.centre())
                .setParameter("jurisdiction", d.jurisdiction()).setParameter("day", d.day()).setParameter("booked", d.booked())
                .setParameter("wait", d.waitSeconds() == null ? null : d.waitSeconds().intValue()).executeUpdate();
    }
}
