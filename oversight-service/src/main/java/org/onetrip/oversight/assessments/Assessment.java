package org.onetrip.oversight.assessments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One deputy's scores of one department or town for one quarter. */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {
    public enum TargetKind { DEPARTMENT, TOWN }

    @Id
    public UUID id;
    public String quarter;
    public String deputy;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind")
    public TargetKind targetKind;
    public String target;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> scores;
    public String comment;
    @Column(name = "scored_at")
    public OffsetDateTime scoredAt;
}
