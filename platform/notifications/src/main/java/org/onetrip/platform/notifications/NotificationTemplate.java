package org.onetrip.platform.notifications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A town's wording of one kind of message for one item category ({@code *}: every category without its own). */
@Entity
@Table(name = "notification_template")
@IdClass(NotificationTemplate.Key.class)
public class NotificationTemplate extends PanacheEntityBase {
    public static final String EVERY_CATEGORY = "*";

    public record Key(String category, String kind) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

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

    public static Optional<NotificationTemplate> of(String category, String kind) {
        return findByIdOptional(new Key(category, kind));
    }
}
