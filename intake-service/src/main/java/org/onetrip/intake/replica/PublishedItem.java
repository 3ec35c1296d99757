package org.onetrip.intake.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * intake's replica of one published version of a catalogue item. Every version is kept, because a
 * case is judged by the version it was submitted under; {@code current} marks what new cases get.
 */
@Entity
@Table(name = "published_item")
@IdClass(PublishedItem.Key.class)
public class PublishedItem extends PanacheEntityBase {
    public record Key(String code, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    public String code;
    @Id
    public int version;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public boolean current;
    @Column(nullable = false)
    public boolean withdrawn;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ItemRequirements requirements;

    /** The version new cases are accepted under, unless the item was withdrawn. */
    public static Optional<PublishedItem> offered(String code) {
        return find("code = ?1 and current = true and withdrawn = false", code).firstResultOptional();
    }

    public static Optional<PublishedItem> version(String code, int version) {
        return find("code = ?1 and version = ?2", code, version).firstResultOptional();
    }
}
