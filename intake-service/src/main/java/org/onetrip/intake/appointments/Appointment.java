package org.onetrip.intake.appointments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.personaldata.PersonalData;
import org.onetrip.platform.personaldata.SealedAt;
import org.onetrip.platform.personaldata.SealedValue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A resident's booked slot for an item at a centre. Its id is the resident's handle to move or cancel it (random,
 * never listed); its number is what the hall and the queue ticket show. Phone and e-mail are sealed like a case's.
 */
@Entity
@Table(name = "appointment")
public class Appointment extends PanacheEntityBase {

    public enum Status {
        BOOKED, CANCELLED,
        /** The resident came and took a queue number. */
        ARRIVED,
        /** The slot ended without the resident (爽约). */
        MISSED
    }

    @Id
    public UUID id;
    public String number;
    @Column(name = "centre_code")
    public String centreCode;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "item_name")
    public String itemName;
    public LocalDate day;
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    @Column(name = "ends_at")
    public OffsetDateTime endsAt;
    @Enumerated(EnumType.STRING)
    public Status status;
    /** The booking resident's name, as the service works with it; kept sealed for this row. */
    @Transient
    public String name;
    @Column(name = "name", nullable = false)
    String nameSealed;
    @Embedded
    @AttributeOverride(name = "sealed", column = @Column(name = "phone_sealed"))
    @AttributeOverride(name = "hash", column = @Column(name = "phone_hash"))
    @AttributeOverride(name = "masked", column = @Column(name = "phone_masked"))
    public SealedValue phone;
    @Embedded
    @AttributeOverride(name = "sealed", column = @Column(name = "email_sealed"))
    @AttributeOverride(name = "hash", column = @Column(name = "email_hash"))
    @AttributeOverride(name = "masked", column = @Column(name = "email_masked"))
    public SealedValue email;
    @Column(name = "booked_at")
    public OffsetDateTime bookedAt;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    /** The booking, locked until the transaction ends: two clerks or two taps cannot both change it. */
    public static Appointment lock(UUID id) {
        return Appointment.<Appointment>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("entity.appointment", id));
    }

    public static Appointment require(UUID id) {
        return Appointment.<Appointment>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("entity.appointment", id));
    }

    /** Where a personal-data column of this row is sealed for: this table, the column, the row's id. */
    public SealedAt sealedAt(String column) {
        return new SealedAt("appointment", column, id.toString());
    }

    @PrePersist
    void sealName() {
        nameSealed = PersonalData.sealed(name, sealedAt("name"));
    }

    @PostLoad
    void openName() {
        name = PersonalData.opened(nameSealed, sealedAt("name"));
    }
}
