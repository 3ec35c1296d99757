package org.onetrip.intake.cases;

import org.onetrip.platform.state.State;
import org.onetrip.platform.state.Transitions;

/**
 * The life of a case from the window to the resident:
 * SUBMITTED → (SUPPLEMENT_REQUESTED → SUBMITTED) → ACCEPTED | NOT_ACCEPTED → ROUTED → IN_PROGRESS
 * → (SUSPENDED ⇄ IN_PROGRESS) → COMPLETED → DELIVERED, and WITHDRAWN by the applicant before completion.
 * SUPPLEMENT_REQUESTED → ACCEPTED is 容缺受理: only tolerable materials missing, against a written commitment.
 */
public enum CaseStatus implements State<CaseStatus> {
    SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, NOT_ACCEPTED, ROUTED, IN_PROGRESS, SUSPENDED, COMPLETED, DELIVERED,
    WITHDRAWN;

    private static final Transitions<CaseStatus> TRANSITIONS = Transitions.of(CaseStatus.class)
            .allow(SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, NOT_ACCEPTED, WITHDRAWN)
            .allow(SUPPLEMENT_REQUESTED, SUBMITTED, ACCEPTED, NOT_ACCEPTED, WITHDRAWN)
            .allow(ACCEPTED, ROUTED, WITHDRAWN)
            .allow(ROUTED, IN_PROGRESS, SUSPENDED, COMPLETED, WITHDRAWN)
            .allow(IN_PROGRESS, SUSPENDED, COMPLETED, WITHDRAWN)
            .allow(SUSPENDED, IN_PROGRESS, WITHDRAWN)
            .allow(COMPLETED, DELIVERED);

    @Override
    public Transitions<CaseStatus> transitions() {
        return TRANSITIONS;
    }

    /** Whether the applicant can still come for the case: not once it was refused, withdrawn or delivered. */
    public boolean takesVisits() {
        return this != NOT_ACCEPTED && this != WITHDRAWN && this != DELIVERED;
    }

    /** Whether the case's clock runs: from acceptance to completion, except while suspended. */
    public boolean clockRuns() {
        return this == ACCEPTED || this == ROUTED || this == IN_PROGRESS;
    }
}
