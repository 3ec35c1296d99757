package org.onetrip.oversight.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.onetrip.platform.outbox.Outbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Raises an alert at most once: the insert does nothing when the kind and subject are there already,
 * so several replicas checking at the same moment raise and announce it once between them.
 */
@ApplicationScoped
public class Alerts {
    public static final String TOPIC = "oversight.alerts";
    public static final String RAISED = "org.onetrip.oversight.alert.raised.v1";

    public record Raised(UUID id, Alert.Kind kind, String subject, String jurisdiction, String department, String itemCode,
                         LocalDate dueDate, LocalDate raisedOn, OffsetDateTime raisedAt) {
    }

    private final EntityManager entityManager;
    private final Outbox outbox;

    Alerts(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    /** In the caller's transaction; true when this call raised it. */
    public boolean raise(Alert.Kind kind, String subject, String jurisdiction, String department, String itemCode,
                         LocalDate dueDate, LocalDate today, OffsetDateTime now) {
        UUID id = UUID.randomUUID();
        int inserted = entityManager.createNativeQuery("""
                        insert into alert (id, kind, subject, jurisdiction, department, item_code, due_date, raised_on, raised_at)
                        values (:id, :kind, :subject, :jurisdiction, :department, :item, :due, :today, :now)
                        on conflict (kind, subject) do nothing""")
                .setParameter("id", id).setParameter("kind", kind.name()).setParameter("subject", subject)
                .setParameter("jurisdiction", jurisdiction).setParameter("department", department)
                .setParameter("item", itemCode).setParameter("due", dueDate).setParameter("today", today)
                .setParameter("now", now).executeUpdate();
        if (inserted == 1) {
            outbox.publish(TOPIC, RAISED, subject, new Raised(id, kind, subject, jurisdiction, department, itemCode, dueDate, today, now));
        }
        return inserted == 1;
    }
}
