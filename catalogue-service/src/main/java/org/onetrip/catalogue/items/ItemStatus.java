package org.onetrip.catalogue.items;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of one version of an item. A published version never changes: editing makes a new draft
 * version, publishing that supersedes the old one, and withdrawing ends publication (a new draft
 * may follow).
 */
public enum ItemStatus {
    DRAFT, PUBLISHED, SUPERSEDED, WITHDRAWN;

    private static final Map<ItemStatus, Set<ItemStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(PUBLISHED),
            PUBLISHED, EnumSet.of(SUPERSEDED, WITHDRAWN),
            SUPERSEDED, EnumSet.noneOf(ItemStatus.class),
            WITHDRAWN, EnumSet.noneOf(ItemStatus.class));

    public boolean canBecome(ItemStatus next) {
        return ALLOWED.get(this).contains(next);
    }
}
