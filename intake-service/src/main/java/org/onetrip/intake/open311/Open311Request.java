package org.onetrip.intake.open311;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A request a civic app made through Open311, and the case it opened. Nothing personal is kept here: that is the case's. */
@Entity
@Table(name = "open311_request")
public class Open311Request extends PanacheEntityBase {
    @Id
    public UUID token;
    @Column(name = "case_id", nullable = false)
    public Long caseId;
    @Column(name = "app_id", nullable = false)
    public UUID appId;
    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;
    public String description;
    public String address;
    public Double lat;
    @Column(name = "long")
    public Double longitude;
    @Column(name = "media_url")
    public String mediaUrl;
}
