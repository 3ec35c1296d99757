package org.onetrip.intake.open311;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A civic app allowed to open cases through Open311, within a jurisdiction; its api_key is kept only as a hash. */
@Entity
@Table(name = "open311_app")
public class Open311App extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String jurisdiction;
    @Column(name = "key_hash", nullable = false)
    public String keyHash;
    @Column(name = "issued_by", nullable = false)
    public String issuedBy;
    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;
    public boolean active;
}
