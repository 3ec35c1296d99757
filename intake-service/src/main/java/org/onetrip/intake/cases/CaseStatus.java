package org.onetrip.intake.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a case from the window to the resident:
 * SUBMITTED → (SUPPLEMENT_REQUESTED → SUBMITTED) → ACCEPTED | NOT_ACCEPTED → ROUTED → IN_PROGRESS
 * → (SUSPENDED ⇄ IN_PROGRESS) → COMPLETED → DELIVERED, and WITHDRAWN by the applicant before completion.
 */
public enum CaseStatus {
    SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, NOT_ACCEPTED, ROUTED, IN_PROGRESS, SUSPENDED, COMPLETED, DELIVERED,
    WITHDRAWN;

    private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = Map.of(
            SUBMITTED, EnumSet.of(SUPPLEMENT_REQUESTED, ACCEPTED, NOT_ACCEPTED, WITHDRAWN),
            SUPPLEMENT_REQUESTED, EnumSet.of(SUBMITTED, NOT_ACCEPTED, WITHDRAWN),
            ACCEPTED, EnumSet.of(ROUTED, WITHDRAWN),
            ROUTED, EnumSet.of(IN_PROGRESS, SUSPENDED, COMPLETED, WITHDRAWN),
            IN_PROGRESS, EnumSet.of(SUSPENDED, COMPLETED, WITHDRAWN),
            SUSPENDED, EnumSet.of(IN_PROGRESS, WITHDRAWN),
            COMPLETED, EnumSet.of(DELIVERED),
            NOT_ACCEPTED, EnumSet.noneOf(CaseStatus.class),
            DELIVERED, EnumSet.noneOf(CaseStatus.class),
            WITHDRAWN, EnumSet.noneOf(CaseStatus.class));

    public boolean canBecome(CaseStatus next) {
        return ALLOWED.get(this).contains(next);
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
