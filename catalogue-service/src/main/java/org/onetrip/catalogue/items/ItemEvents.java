package org.onetrip.catalogue.items;

import jakarta.enterprise.context.ApplicationScoped;
import org.onetrip.platform.outbox.Outbox;

import java.time.OffsetDateTime;

/** What catalogue-service tells the others on {@code catalogue.items} (compacted; key = item code), and the telling. */
@ApplicationScoped
public class ItemEvents {
    public static final String TOPIC = "catalogue.items";
    public static final String PUBLISHED = "org.onetrip.catalogue.item.published.v1";
    public static final String WITHDRAWN = "org.onetrip.catalogue.item.withdrawn.v1";

    private final Outbox outbox;

    ItemEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The full published guide: consumers keep it as their replica of the item. */
    public record Published(String code, int version, OffsetDateTime publishedAt, ItemGuide guide) {
    }

    /** The item is no longer offered; cases already accepted are not affected. */
    public record Withdrawn(String code, int version, OffsetDateTime withdrawnAt, String reason) {
    }

    /** The version just published, in the publishing transaction. */
    void published(ItemVersion v) {
        outbox.publish(TOPIC, PUBLISHED, v.code, new Published(v.code, v.version, v.publishedAt, v.guide));
    }

    /** The version just withdrawn, in the withdrawing transaction. */
    void withdrawn(ItemVersion v) {
        outbox.publish(TOPIC, WITHDRAWN, v.code, new Withdrawn(v.code, v.version, v.endedAt, v.withdrawalReason));
    }
}
