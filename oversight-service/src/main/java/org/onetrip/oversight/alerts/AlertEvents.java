package org.onetrip.oversight.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import org.onetrip.platform.outbox.Outbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What oversight tells the others on {@code oversight.alerts} (key = the alert's subject), and the telling. */
@ApplicationScoped
public class AlertEvents {
    public static final String TOPIC = "oversight.alerts";
    public static final String RAISED = "org.onetrip.oversight.alert.raised.v1";

    public record Raised(UUID id, Alert.Kind kind, String subject, String jurisdiction, String department, String itemCode,
                         LocalDate dueDate, LocalDate raisedOn, OffsetDateTime raisedAt) {
    }

    private final Outbox outbox;

    AlertEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** An alert just raised, in the transaction that raised it. */
    void raised(Raised alert) {
        outbox.publish(TOPIC, RAISED, alert.subject(), alert);
    }
}
