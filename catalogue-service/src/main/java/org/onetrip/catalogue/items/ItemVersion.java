package org.onetrip.catalogue.items;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.onetrip.platform.errors.ProblemException;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One version of an item's guide. The guide is kept whole as JSON; the columns beside it are what
 * lists filter and search on, copied from the guide whenever it is set.
 */
@Entity
@Table(name = "item_version")
public class ItemVersion extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false, updatable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ItemGuide guide;

    public String name;
    @Column(name = "short_name")
    public String shortName;
    @Enumerated(EnumType.STRING)
    public Category category;
    @Column(name = "jurisdiction_code")
    public String jurisdiction;
    @Column(name = "department_code")
    public String department;
    @Column(name = "proxy_eligible")
    public boolean proxyEligible;
    @Column(name = "zero_trip")
    public boolean zeroTrip;
    @Column(name = "reform_listed")
    public boolean reformListed;
    public boolean online;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "search_grams", nullable = false)
    public String[] searchGrams;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "ended_at")
    public OffsetDateTime endedAt;
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Version
    @Column(name = "row_version")
    public int rowVersion;

    /** Sets the guide and everything derived from it. */
    public void setGuide(ItemGuide guide) {
        this.guide = guide;
        this.name = guide.name();
        this.shortName = guide.shortName();
        this.category = guide.category();
        this.jurisdiction = guide.jurisdiction();
        this.department = guide.department();
        this.proxyEligible = guide.proxyEligible();
        this.zeroTrip = guide.trips() != null && guide.trips() == 0;
        this.reformListed = guide.reformListed();
        this.online = guide.online();
        this.searchGrams = SearchGrams.of(guide.name(), guide.shortName(), code);
    }

    public void moveTo(ItemStatus next) {
        status = status.moveTo(next);
    }

    public static Optional<ItemVersion> current(String code, ItemStatus status) {
        return find("code = ?1 and status = ?2", code, status).firstResultOptional();
    }

    public static Optional<ItemVersion> latest(String code) {
        return find("code = ?1 order by version desc", code).firstResultOptional();
    }

    /** One version of an item, or a 404 naming it. */
    public static ItemVersion of(String code, int version) {
        return ItemVersion.<ItemVersion>find("code = ?1 and version = ?2", code, version).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("entity.item-version", code + " v" + version));
    }
}
