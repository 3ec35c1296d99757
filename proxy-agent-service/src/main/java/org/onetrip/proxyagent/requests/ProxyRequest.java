package org.onetrip.proxyagent.requests;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.personaldata.PersonalData;
import org.onetrip.platform.personaldata.SealedAt;
import org.onetrip.platform.personaldata.SealedValue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A resident's request that an agent handle an item for them. Personal data sealed and masked, as in intake. */
@Entity
@Table(name = "proxy_request")
public class ProxyRequest extends PanacheEntityBase {
    /** How the request came in. */
    public enum Source { PHONE, VILLAGE_OFFICE, VISIT, ONLINE }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStatus status;
    @Column(name = "item_code", nullable = false)
    public String itemCode;
    @Column(name = "item_name", nullable = false)
    public String itemName;
    @Column(nullable = false)
    public String village;
    @Column(nullable = false)
    public String town;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;
    public String notes;
    /** The resident's name, as the service works with it; kept sealed for this row. */
    @Transient
    public String residentName;
    @Column(name = "resident_name", nullable = false)
    String residentNameSealed;
    @Embedded
    @AttributeOverride(name = "sealed", column = @Column(name = "resident_id_sealed", nullable = false))
    @AttributeOverride(name = "hash", column = @Column(name = "resident_id_hash", nullable = false))
    @AttributeOverride(name = "masked", column = @Column(name = "resident_id_masked", nullable = false))
    public SealedValue residentId;
    @Embedded
    @AttributeOverride(name = "sealed", column = @Column(name = "phone_sealed", nullable = false))
    @AttributeOverride(name = "hash", column = @Column(name = "phone_hash"))
    @AttributeOverride(name = "masked", column = @Column(name = "phone_masked", nullable = false))
    public SealedValue phone;
    @Column(name = "agent_id")
    public UUID agentId;
    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;
    @Column(name = "first_contact_due")
    public LocalDate firstContactDue;
    @Column(name = "contacted_at")
    public OffsetDateTime contactedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> materials;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> facts;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "case_number")
    public String caseNumber;
    /** What the agent must do next for intake, e.g. the materials of a one-time notice. */
    public String task;
    @Column(name = "completed_at")
    public OffsetDateTime completedAt;
    @Column(name = "case_trips")
    public Integer caseTrips;
    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "requested_by", nullable = false)
    public String requestedBy;
    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    @Column(name = "row_version")
    public int rowVersion;

    public void moveTo(RequestStatus next, String actor, String note, OffsetDateTime at) {
        RequestTransition.of(id, status, status.moveTo(next), actor, note, at).persist();
        status = next;
        updatedAt = at;
    }

    public static ProxyRequest require(UUID id) {
        return ProxyRequest.<ProxyRequest>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("entity.request", id));
    }

    /** Where a personal-data column of this row is sealed for: this table, the column, the row's id. */
    public SealedAt sealedAt(String column) {
        return new SealedAt("proxy_request", column, id.toString());
    }

    @PrePersist
    void sealResidentName() {
        residentNameSealed = PersonalData.sealed(residentName, sealedAt("resident_name"));
    }

    @PostLoad
    void openResidentName() {
        residentName = PersonalData.opened(residentNameSealed, sealedAt("resident_name"));
    }
}
