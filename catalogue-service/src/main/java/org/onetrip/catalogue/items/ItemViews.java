package org.onetrip.catalogue.items;

import java.time.OffsetDateTime;

/** How items are shown: one version in full, or a line of a list. */
public final class ItemViews {
    private ItemViews() {
    }

    public record Version(String code, int version, ItemStatus status, ItemGuide guide, OffsetDateTime createdAt,
                          String createdBy, OffsetDateTime updatedAt, OffsetDateTime publishedAt, String publishedBy,
                          OffsetDateTime endedAt, String withdrawalReason) {
        public static Version of(ItemVersion v) {
            return new Version(v.code, v.version, v.status, v.guide, v.createdAt, v.createdBy, v.updatedAt,
                    v.publishedAt, v.publishedBy, v.endedAt, v.withdrawalReason);
        }
    }

    public record Summary(String code, int version, ItemStatus status, String name, String shortName,
                          Category category, String jurisdiction, String department, boolean proxyEligible,
                          boolean zeroTrip, boolean reformListed, boolean online, Integer promisedDays) {
        public static Summary of(ItemVersion v) {
            return new Summary(v.code, v.version, v.status, v.name, v.shortName, v.category, v.jurisdiction,
                    v.department, v.proxyEligible, v.zeroTrip, v.reformListed, v.online, v.guide.promisedDays());
        }
    }
}
