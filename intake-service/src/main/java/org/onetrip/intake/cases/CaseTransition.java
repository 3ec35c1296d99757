package org.onetrip.intake.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.onetrip.platform.state.Transition;

import java.time.OffsetDateTime;

/** One step of a case's history: when, who, from, to, and a note. */
@Entity
@Table(name = "case_transition")
public class CaseTransition extends Transition {
    @Column(name = "case_id", nullable = false)
    public Long caseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CaseStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public CaseStatus to;

    public static CaseTransition of(IntakeCase c, CaseStatus from, CaseStatus to, String actor, String note, OffsetDateTime at) {
        CaseTransition t = new CaseTransition();
        t.caseId = c.id;
        t.from = from;
        t.to = to;
        return t.by(actor, note, at);
    }
}
