package org.onetrip.oversight.alerts;

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

/** An alert raised once per kind and subject (a case number, a request id, a rectification or complaint id). */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {
    public enum Kind {
        /** A case has used the warning share of its time limit. */
        WARNING,
        /** A case's due date passed before completion. */
        BREACH,
        /** A proxy request's first contact is overdue. */
        CONTACT_OVERDUE,
        /** A bad review's callback or rectification report is overdue. */
        RECTIFICATION_OVERDUE,
        /** A complaint's reply is overdue. */
        COMPLAINT_OVERDUE,
        /** 容缺受理: the materials a case was accepted without were not handed in by the committed day. */
        COMMITMENT_OVERDUE
    }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String subject;
    public String jurisdiction;
    public String department;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "raised_on")
    public LocalDate raisedOn;
    @Column(name = "raised_at")
    public OffsetDateTime raisedAt;
}
