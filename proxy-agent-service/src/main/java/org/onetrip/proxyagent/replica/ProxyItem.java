package org.onetrip.proxyagent.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;

/** The replica of a published item, as far as proxy agents need it: may it be requested, and what to collect. */
@Entity
@Table(name = "proxy_item")
public class ProxyItem extends PanacheEntityBase {
    /** A material the agent collects: its code and name, and whether the window fetches it itself. */
    public record Material(String code, String name, String necessity, String source) {
    }

    @Id
    public String code;
    public int version;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String jurisdiction;
    public String department;
    public String place;
    @Column(name = "proxy_eligible")
    public boolean proxyEligible;
    public boolean withdrawn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Material> materials;

    /** Offered and open to proxy agents. */
    public boolean requestable() {
        return proxyEligible && !withdrawn;
    }
}
