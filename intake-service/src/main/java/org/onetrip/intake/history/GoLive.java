package org.onetrip.intake.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.onetrip.platform.security.Jurisdictions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The day a jurisdiction went live on OneTrip; a town without its own has its district's (or city's, province's). */
@Entity
@Table(name = "go_live")
public class GoLive extends PanacheEntityBase {
    @Id
    public String jurisdiction;
    public LocalDate day;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The go-live day in force for a jurisdiction: its own, else the nearest above it. */
    public static Optional<LocalDate> of(String jurisdiction) {
        List<String> levels = Jurisdictions.selfAndAncestors(jurisdiction);
        if (levels.isEmpty()) {
            return Optional.empty();
        }
        return GoLive.<GoLive>list("jurisdiction in ?1", levels).stream()
                .min(Comparator.comparingInt(g -> levels.indexOf(g.jurisdiction))).map(g -> g.day);
    }
}
