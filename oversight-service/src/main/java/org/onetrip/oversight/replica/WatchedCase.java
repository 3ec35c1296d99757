package org.onetrip.oversight.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A case as intake's events describe it: its clock, its departments, and how it ended. */
@Entity
@Table(name = "watched_case")
public class WatchedCase extends PanacheEntityBase {
    @Id
    public String number;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "item_name")
    public String itemName;
    public String jurisdiction;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] departments;
    public String channel;
    public String status;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_as")
    public String submittedAs;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "accepted_on")
    public LocalDate acceptedOn;
    @Column(name = "promised_days")
    public Integer promisedDays;
    @Column(name = "due_date")
    public LocalDate dueDate;
    /** When its warning falls due (WarningDays), kept so the deadline watch reads only the cases due an alert. */
    @Column(name = "warning_on")
    public LocalDate warningOn;
    @Column(name = "suspended_on")
    public LocalDate suspendedOn;
    @Column(name = "completed_at")
    public OffsetDateTime completedAt;
    /** Brought over from the town's old system: counted in its months' figures, never rated by default. */
    public boolean imported;
    public int trips;
    /** 容缺受理: when the applicant's committed materials are due, and when they were all in (null: not yet). */
    @Column(name = "commitment_due")
    public LocalDate commitmentDue;
    @Column(name = "commitment_kept_at")
    public OffsetDateTime commitmentKeptAt;
    @Column(name = "last_event_at")
    public OffsetDateTime lastEventAt;
}
