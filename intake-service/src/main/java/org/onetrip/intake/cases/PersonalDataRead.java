package org.onetrip.intake.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.onetrip.platform.security.Caller;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The record of one read of a case's full personal data, or of one refused attempt. */
@Entity
@Table(name = "personal_data_read")
public class PersonalDataRead extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_id", nullable = false)
    public Long caseId;
    @Column(nullable = false)
    public String actor;
    @Column(nullable = false)
    public String role;
    @Column(nullable = false)
    public OffsetDateTime at;
    /** False for an attempt that was refused. */
    @Column(nullable = false)
    public boolean granted;

    static void record(IntakeCase c, Caller caller) {
        of(c, caller, true).persist();
    }

    /** A refused attempt, kept although the request that made it fails and rolls back. */
    static void recordRefused(IntakeCase c, Caller caller) {
        QuarkusTransaction.requiringNew().run(() -> of(c, caller, false).persist());
    }

    private static PersonalDataRead of(IntakeCase c, Caller caller, boolean granted) {
        PersonalDataRead read = new PersonalDataRead();
        read.caseId = c.id;
        read.actor = caller.subject();
        read.role = caller.primaryRole();
        read.at = OffsetDateTime.now(ZoneOffset.UTC);
        read.granted = granted;
        return read;
    }
}
