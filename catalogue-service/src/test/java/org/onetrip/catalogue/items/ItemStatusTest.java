package org.onetrip.catalogue.items;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemStatusTest {

    @Test
    void aDraftCanOnlyBePublished() {
        assertThat(ItemStatus.DRAFT.canBecome(ItemStatus.PUBLISHED)).isTrue();
        assertThat(ItemStatus.DRAFT.canBecome(ItemStatus.WITHDRAWN)).isFalse();
        assertThat(ItemStatus.DRAFT.canBecome(ItemStatus.SUPERSEDED)).isFalse();
    }

    @Test
    void aPublishedVersionEndsBySupersedingOrWithdrawal() {
        assertThat(ItemStatus.PUBLISHED.canBecome(ItemStatus.SUPERSEDED)).isTrue();
        assertThat(ItemStatus.PUBLISHED.canBecome(ItemStatus.WITHDRAWN)).isTrue();
        assertThat(ItemStatus.PUBLISHED.canBecome(ItemStatus.DRAFT)).isFalse();
    }

    @Test
    void endedVersionsNeverChangeAgain() {
        for (ItemStatus next : ItemStatus.values()) {
            assertThat(ItemStatus.SUPERSEDED.canBecome(next)).isFalse();
            assertThat(ItemStatus.WITHDRAWN.canBecome(next)).isFalse();
        }
    }
}
