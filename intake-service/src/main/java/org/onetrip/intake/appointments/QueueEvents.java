package org.onetrip.intake.appointments;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import org.onetrip.platform.outbox.Outbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What intake tells oversight of the hall on {@code intake.queue} (key = centre code): a number called, with how long
 * it waited; a number called that nobody answered; a booking whose slot passed without the resident. No names,
 * phones or case contents: what the board counts.
 */
@ApplicationScoped
public class QueueEvents {
    public static final String TOPIC = "intake.queue";
    public static final String PREFIX = "org.onetrip.intake.queue.";

    public enum Kind {
        TICKET_CALLED("ticket-called"), TICKET_NO_SHOW("ticket-no-show"), APPOINTMENT_MISSED("appointment-missed");

        private final String name;

        Kind(String name) {
            this.name = name;
        }

        public String type() {
            return PREFIX + name + ".v1";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QueueEvent(String centre, String centreName, String jurisdiction, LocalDate day, String ticket,
                             String appointment, String itemCode, boolean booked, OffsetDateTime takenAt,
                             OffsetDateTime calledAt, Long waitSeconds, String window, OffsetDateTime at) {
    }

    private final Outbox outbox;

    QueueEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void ticket(Kind kind, ServiceCentre centre, QueueTicket t, Appointment booking, OffsetDateTime at) {
        Long wait = t.calledAt == null ? null : java.time.Duration.between(t.takenAt, t.calledAt).toSeconds();
        outbox.publish(TOPIC, kind.type(), centre.code, new QueueEvent(centre.code, centre.name, centre.jurisdiction, t.day,
                t.number, booking == null ? null : booking.number, t.itemCode, t.appointmentId != null, t.takenAt, t.calledAt,
                wait, t.windowNumber, at));
    }

    void missed(ServiceCentre centre, Appointment a, OffsetDateTime at) {
        outbox.publish(TOPIC, Kind.APPOINTMENT_MISSED.type(), centre.code, new QueueEvent(centre.code, centre.name,
                centre.jurisdiction, a.day, null, a.number, a.itemCode, true, null, null, null, null, at));
    }
}
