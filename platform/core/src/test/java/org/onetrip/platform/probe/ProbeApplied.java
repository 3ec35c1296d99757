package org.onetrip.platform.probe;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.UUID;

/** The effect on the consuming side: one row per application of a probe event. */
@Entity
@Table(name = "probe_applied")
public class ProbeApplied extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String aggregate;
    public int seq;
    @Column(name = "event_id")
    public UUID eventId;

    /** The sequence numbers applied for an aggregate, in the order they were applied. */
    public static List<Integer> sequence(String aggregate) {
        return ProbeApplied.<ProbeApplied>find("aggregate = ?1 order by id", aggregate).stream()
                .map(p -> p.seq).toList();
    }
}
