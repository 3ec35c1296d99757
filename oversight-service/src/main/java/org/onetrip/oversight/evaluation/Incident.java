package org.onetrip.oversight.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Something a supervisor recorded against a cadre. An exempt one (容错免责) is shown but does not count. */
@Entity
@Table(name = "incident")
public class Incident extends PanacheEntityBase {
    /** A proxy agent (by id), a department (by code), or a department's officer (by login). */
    public enum CadreKind { AGENT, DEPARTMENT, OFFICER }

    /** Late handling, an error, attitude, or slackness (庸懒散). */
    public enum Kind { LATE, ERROR, ATTITUDE, SLACKNESS }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(name = "cadre_kind")
    public CadreKind cadreKind;
    public String cadre;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String description;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    public boolean exempt;
    @Column(name = "exempt_reason")
    public String exemptReason;
    @Column(name = "recorded_by")
    public String recordedBy;
    /** The jurisdiction of the supervisor who recorded it: only its supervisors see and exempt it. */
    public String jurisdiction;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
