package org.onetrip.intake.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The applicant present at the window for the case; a presence that starts a new visit is a trip (跑次). */
@Entity
@Table(name = "case_visit")
public class CaseVisit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_id", nullable = false)
    public Long caseId;
    @Column(nullable = false)
    public OffsetDateTime at;
    @Column(nullable = false)
    public String purpose;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** When the applicant was last present for the case; null before the first time. */
    static OffsetDateTime lastAt(Long caseId) {
        return getEntityManager().createQuery("select max(v.at) from CaseVisit v where v.caseId = :id", OffsetDateTime.class)
                .setParameter("id", caseId).getSingleResult();
    }
}
