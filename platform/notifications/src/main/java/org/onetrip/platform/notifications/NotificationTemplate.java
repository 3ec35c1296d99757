package org.onetrip.platform.notifications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.onetrip.platform.security.Jurisdictions;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A jurisdiction's wording of one kind of message for one item category ({@code *}: every category without its own).
 * It reaches the messages of that jurisdiction and those below it that have none of their own.
 */
@Entity
@Table(name = "notification_template")
@IdClass(NotificationTemplate.Key.class)
public class NotificationTemplate extends PanacheEntityBase {
    public static final String EVERY_CATEGORY = "*";

    public record Key(String jurisdiction, String category, String kind) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    public String jurisdiction;
    @Id
    public String category;
    @Id
    public String kind;
    public String subject;
    public String body;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    /** The jurisdiction's own wording, exactly there. */
    public static Optional<NotificationTemplate> of(String jurisdiction, String category, String kind) {
        return findByIdOptional(new Key(jurisdiction, category, kind));
    }

    /** The wording nearest the jurisdiction: its own before its parents', the category's before every category's. */
    public static Optional<NotificationTemplate> inForce(String jurisdiction, String category, String kind) {
        List<String> levels = Jurisdictions.selfAndAncestors(jurisdiction);
        if (levels.isEmpty()) {
            return Optional.empty();
        }
        List<NotificationTemplate> candidates = list("kind = ?1 and jurisdiction in ?2 and category in ?3",
                kind, levels, List.of(category, EVERY_CATEGORY));
        return candidates.stream().min(Comparator.<NotificationTemplate>comparingInt(t -> levels.indexOf(t.jurisdiction))
                .thenComparing(t -> EVERY_CATEGORY.equals(t.category)));
    }
}
