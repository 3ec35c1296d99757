package org.onetrip.proxyagent.requests;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a request's history. */
@Entity
@Table(name = "request_transition")
public class RequestTransition extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "request_id", nullable = false)
    public UUID requestId;
    @Column(nullable = false)
    public OffsetDateTime at;
    @Column(nullable = false)
    public String actor;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public RequestStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public RequestStatus to;
    public String note;
}
