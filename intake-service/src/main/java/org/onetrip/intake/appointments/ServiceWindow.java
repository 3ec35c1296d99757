package org.onetrip.intake.appointments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.util.List;

/** A window of a centre and the items it serves; one listing none is a 综合窗口 serving every item. */
@Entity
@Table(name = "service_window")
@IdClass(ServiceWindow.Key.class)
public class ServiceWindow extends PanacheEntityBase {

    public record Key(String centreCode, String number) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "centre_code")
    public String centreCode;
    @Id
    public String number;
    public String name;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> items;

    public boolean serves(String itemCode) {
        return items.isEmpty() || items.contains(itemCode);
    }

    public static List<ServiceWindow> of(String centreCode) {
        return list("centreCode = ?1 order by number", centreCode);
    }
}
