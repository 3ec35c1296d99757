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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;

/** A department a case was routed to: the implementing one or a co-handling one, and where it stands. */
@Entity
@Table(name = "case_department")
public class CaseDepartment extends PanacheEntityBase {
    public enum Role { IMPLEMENTING, CO_HANDLING }

    public enum Stage { ROUTED, ACKNOWLEDGED, IN_PROGRESS, SUSPENDED, DECIDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_id", nullable = false)
    public Long caseId;
    @Column(nullable = false)
    public String department;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;
    @Enumerated(EnumType.STRING)
    public IntakeCase.Decision decision;
    @Column(name = "result_document")
    public String resultDocument;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    /** The electronic licence the department's approval issued, if it issued one. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ElectronicLicence licence;
    /** The decision as an electronic document, if the department issued one. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "decision_document")
    public DecisionDocument decisionDocument;

    /** Routes the case to every department that decides the item: the implementing one, then the co-handling ones. */
    public static List<CaseDepartment> routeTo(IntakeCase c, org.onetrip.intake.replica.ItemRequirements item) {
        return item.deciders().stream().map(department -> {
            CaseDepartment d = new CaseDepartment();
            d.caseId = c.id;
            d.department = department;
            d.role = department.equals(item.department()) ? Role.IMPLEMENTING : Role.CO_HANDLING;
            d.stage = Stage.ROUTED;
            d.persist();
            return d;
        }).toList();
    }

    public static List<CaseDepartment> of(IntakeCase c) {
        return list("caseId = ?1 order by id", c.id);
    }
}
