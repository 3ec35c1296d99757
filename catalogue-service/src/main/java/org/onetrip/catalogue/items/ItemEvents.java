package org.onetrip.catalogue.items;

import java.time.OffsetDateTime;

/** What catalogue-service tells the others on {@code catalogue.items} (compacted; key = item code). */
public final class ItemEvents {
    public static final String TOPIC = "catalogue.items";
    public static final String PUBLISHED = "org.onetrip.catalogue.item.published.v1";
    public static final String WITHDRAWN = "org.onetrip.catalogue.item.withdrawn.v1";

    private ItemEvents() {
    }

    /** The full published guide: consumers keep it as their replica of the item. */
    public record Published(String code, int version, OffsetDateTime publishedAt, ItemGuide guide) {
    }

    /** The item is no longer offered; cases already accepted are not affected. */
    public record Withdrawn(String code, int version, OffsetDateTime withdrawnAt, String reason) {
    }
}
