package org.onetrip.oversight.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** What oversight counts of an item: where it belongs, and whether it is on the reform list, when. */
@Entity
@Table(name = "watched_item")
public class WatchedItem extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    public String jurisdiction;
    @Column(name = "reform_listed")
    public boolean reformListed;
    @Column(name = "proxy_eligible")
    public boolean proxyEligible;
    @Column(name = "zero_trip")
    public boolean zeroTrip;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
}
