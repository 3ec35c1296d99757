package org.onetrip.oversight.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A proxy request as the agent network's events describe it. */
@Entity
@Table(name = "watched_request")
public class WatchedRequest extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "item_code")
    public String itemCode;
    public String village;
    public String town;
    @Column(name = "agent_id")
    public UUID agentId;
    public String status;
    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;
    @Column(name = "first_contact_due")
    public LocalDate firstContactDue;
    @Column(name = "contacted_at")
    public OffsetDateTime contactedAt;
    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
    @Column(name = "case_trips")
    public Integer caseTrips;
    @Column(name = "last_event_at")
    public OffsetDateTime lastEventAt;
}
