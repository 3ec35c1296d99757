package org.onetrip.proxyagent.visits;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.onetrip.platform.personaldata.PersonalData;
import org.onetrip.platform.personaldata.SealedAt;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A door-to-door visit (走访手记): the public-sentiment archive of a village. */
@Entity
@Table(name = "visit_note")
public class VisitNote extends PanacheEntityBase {
    public enum Kind { HOUSEHOLD, ENTERPRISE }

    /** A problem raised on the visit; once it became a proxy request, that request's id. */
    public record Problem(String text, UUID requestId) {
    }

    @Id
    public UUID id;
    @Column(nullable = false)
    public String author;
    @Column(name = "agent_id")
    public UUID agentId;
    @Column(nullable = false)
    public String village;
    @Column(nullable = false)
    public String town;
    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;
    /** The household visited, as the service works with it; kept sealed for this row. */
    @Transient
    public String household;
    @Column(name = "household", nullable = false)
    String householdSealed;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] topics;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Problem> problems;
    @Column(name = "follow_ups")
    public String followUps;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Where a personal-data column of this row is sealed for: this table, the column, the row's id. */
    public SealedAt sealedAt(String column) {
        return new SealedAt("visit_note", column, id.toString());
    }

    @PrePersist
    void sealHousehold() {
        householdSealed = PersonalData.sealed(household, sealedAt("household"));
    }

    @PostLoad
    void openHousehold() {
        household = PersonalData.opened(householdSealed, sealedAt("household"));
    }
}
