package org.onetrip.intake.cases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseStatusTest {

    @Test
    void theHappyPathIsAllowedStepByStep() {
        CaseStatus[] path = {CaseStatus.SUBMITTED, CaseStatus.SUPPLEMENT_REQUESTED, CaseStatus.SUBMITTED,
                CaseStatus.ACCEPTED, CaseStatus.ROUTED, CaseStatus.IN_PROGRESS, CaseStatus.SUSPENDED,
                CaseStatus.IN_PROGRESS, CaseStatus.COMPLETED, CaseStatus.DELIVERED};
        for (int i = 0; i + 1 < path.length; i++) {
            assertThat(path[i].canBecome(path[i + 1])).as(path[i] + " → " + path[i + 1]).isTrue();
        }
    }

    @Test
    void withdrawalIsPossibleOnlyBeforeCompletion() {
        for (CaseStatus s : new CaseStatus[] {CaseStatus.SUBMITTED, CaseStatus.SUPPLEMENT_REQUESTED, CaseStatus.ACCEPTED,
                CaseStatus.ROUTED, CaseStatus.IN_PROGRESS, CaseStatus.SUSPENDED}) {
            assertThat(s.canBecome(CaseStatus.WITHDRAWN)).as(s.name()).isTrue();
        }
        assertThat(CaseStatus.COMPLETED.canBecome(CaseStatus.WITHDRAWN)).isFalse();
    }

    @Test
    void nothingSkipsAcceptanceOrLeavesAnEnd() {
        assertThat(CaseStatus.SUBMITTED.canBecome(CaseStatus.ROUTED)).isFalse();
        // 容缺受理 only: CaseService.accept lets it through with nothing but tolerable materials missing and a commitment.
        assertThat(CaseStatus.SUPPLEMENT_REQUESTED.canBecome(CaseStatus.ACCEPTED)).isTrue();
        assertThat(CaseStatus.SUSPENDED.canBecome(CaseStatus.COMPLETED)).isFalse();
        for (CaseStatus next : CaseStatus.values()) {
            assertThat(CaseStatus.DELIVERED.canBecome(next)).isFalse();
            assertThat(CaseStatus.NOT_ACCEPTED.canBecome(next)).isFalse();
            assertThat(CaseStatus.WITHDRAWN.canBecome(next)).isFalse();
        }
    }

    @Test
    void theClockRunsOnlyBetweenAcceptanceAndCompletionWhenNotSuspended() {
        assertThat(CaseStatus.IN_PROGRESS.clockRuns()).isTrue();
        assertThat(CaseStatus.SUSPENDED.clockRuns()).isFalse();
        assertThat(CaseStatus.SUBMITTED.clockRuns()).isFalse();
        assertThat(CaseStatus.COMPLETED.clockRuns()).isFalse();
    }
}
