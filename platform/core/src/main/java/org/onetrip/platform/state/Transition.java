package org.onetrip.platform.state;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;

/**
 * One step of something's history (a case, a proxy request): when, who, and a note. A subclass adds the
 * table, the owner's id and its {@code from} and {@code to} statuses, typed as its own status enum.
 */
@MappedSuperclass
public abstract class Transition extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public OffsetDateTime at;
    @Column(nullable = false)
    public String actor;
    public String note;

    /** Fills the common part; returns this, to be persisted by the caller. */
    @SuppressWarnings("unchecked")
    protected <T extends Transition> T by(String actor, String note, OffsetDateTime at) {
        this.actor = actor;
        this.note = note;
        this.at = at;
        return (T) this;
    }
}
