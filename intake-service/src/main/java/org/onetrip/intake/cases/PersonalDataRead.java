package org.onetrip.intake.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The record of one read of a case's full personal data. */
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

    static void record(IntakeCase c, Caller caller) {
        PersonalDataRead read = new PersonalDataRead();
        read.caseId = c.id;
        read.actor = caller.subject();
        read.role = caller.role();
        read.at = OffsetDateTime.now(ZoneOffset.UTC);
        read.persist();
    }
}
