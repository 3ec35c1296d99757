package org.onetrip.intake.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One step of a case's history: when, who, from, to, and a note. */
@Entity
@Table(name = "case_transition")
public class CaseTransition extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_id", nullable = false)
    public Long caseId;
    @Column(nullable = false)
    public OffsetDateTime at;
    @Column(nullable = false)
    public String actor;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CaseStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public CaseStatus to;
    public String note;

    static CaseTransition of(IntakeCase c, CaseStatus from, CaseStatus to, String actor, String note, OffsetDateTime at) {
        CaseTransition t = new CaseTransition();
        t.caseId = c.id;
        t.from = from;
        t.to = to;
        t.actor = actor;
        t.note = note;
        t.at = at;
        return t;
    }
}
