package org.onetrip.intake.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The applicant present at the window for the case; the days with one are its trips (跑次). */
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

    /** On how many days (China time) the applicant was present for the case: its trips. */
    static int days(Long caseId) {
        getEntityManager().flush();
        return ((Number) getEntityManager().createNativeQuery(
                        "select count(distinct (at at time zone 'Asia/Shanghai')::date) from case_visit where case_id = :id")
                .setParameter("id", caseId).getSingleResult()).intValue();
    }
}
