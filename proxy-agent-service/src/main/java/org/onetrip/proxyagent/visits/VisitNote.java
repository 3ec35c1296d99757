package org.onetrip.proxyagent.visits;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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
    @Column(nullable = false)
    public String household;
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
}
