package org.onetrip.catalogue.items;

import org.onetrip.platform.state.State;
import org.onetrip.platform.state.Transitions;

/**
 * The life of one version of an item. A published version never changes: editing makes a new draft
 * version, publishing that supersedes the old one, and withdrawing ends publication (a new draft
 * may follow).
 */
public enum ItemStatus implements State<ItemStatus> {
    DRAFT, PUBLISHED, SUPERSEDED, WITHDRAWN;

    private static final Transitions<ItemStatus> TRANSITIONS = Transitions.of(ItemStatus.class)
            .allow(DRAFT, PUBLISHED)
            .allow(PUBLISHED, SUPERSEDED, WITHDRAWN);

    @Override
    public Transitions<ItemStatus> transitions() {
        return TRANSITIONS;
    }
}
