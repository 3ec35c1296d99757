package org.onetrip.oversight.board;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The posted report of one jurisdiction and week (Monday to Sunday); made once, never changed. */
@Entity
@Table(name = "weekly_report")
@IdClass(WeeklyReport.Key.class)
public class WeeklyReport extends PanacheEntityBase {
    public record Key(String jurisdiction, LocalDate weekStart) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public String jurisdiction;
    @Id
    @Column(name = "week_start")
    public LocalDate weekStart;
    @JdbcTypeCode(SqlTypes.JSON)
    public Figures figures;
    @Column(name = "made_at")
    public OffsetDateTime madeAt;
}
