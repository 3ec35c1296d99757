package org.onetrip.oversight.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Raises an alert at most once: the insert does nothing when the kind and subject are there already,
 * so several replicas checking at the same moment raise and announce it once between them.
 */
@ApplicationScoped
public class Alerts {
    private final EntityManager entityManager;
    private final AlertEvents events;

    Alerts(EntityManager entityManager, AlertEvents events) {
        this.entityManager = entityManager;
        this.events = events;
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
            events.raised(new AlertEvents.Raised(id, kind, subject, jurisdiction, department, itemCode, dueDate, today, now));
        }
        return inserted == 1;
    }
}
