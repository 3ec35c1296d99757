package org.onetrip.intake.appointments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.onetrip.platform.errors.ProblemException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A queue number of the day at a centre (A… for a booking, B… for a walk-in), until it is served or missed. */
@Entity
@Table(name = "queue_ticket")
public class QueueTicket extends PanacheEntityBase {

    public enum Status {
        WAITING, CALLED,
        /** A case was opened for it at the window. */
        SERVED,
        /** Called, and nobody came to the window. */
        NO_SHOW
    }

    @Id
    public UUID id;
    @Column(name = "centre_code")
    public String centreCode;
    public LocalDate day;
    public String number;
    @Column(name = "appointment_id")
    public UUID appointmentId;
    @Column(name = "item_code")
    public String itemCode;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "window_number")
    public String windowNumber;
    @Column(name = "taken_at")
    public OffsetDateTime takenAt;
    @Column(name = "called_at")
    public OffsetDateTime calledAt;
    @Column(name = "case_number")
    public String caseNumber;

    public static QueueTicket require(String centreCode, LocalDate day, String number) {
        return QueueTicket.<QueueTicket>find("centreCode = ?1 and day = ?2 and number = ?3", centreCode, day, number)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("entity.queue-ticket", number));
    }
}
