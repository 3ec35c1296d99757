package org.onetrip.proxyagent.requests;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A proxy request from the resident's call to the result in their hands:
 * REQUESTED → ASSIGNED → CONTACTED → MATERIALS_COLLECTED → SUBMITTED → (SUPPLEMENT_REQUESTED → SUBMITTED)
 * → ACCEPTED → COMPLETED → RESULT_DELIVERED → CLOSED, or CANCELLED with a reason before delivery.
 * From SUBMITTED on, intake's events move it.
 */
public enum RequestStatus {
    REQUESTED, ASSIGNED, CONTACTED, MATERIALS_COLLECTED, SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, COMPLETED,
    RESULT_DELIVERED, CLOSED, CANCELLED;

    private static final Map<RequestStatus, Set<RequestStatus>> ALLOWED = Map.ofEntries(
            Map.entry(REQUESTED, EnumSet.of(ASSIGNED, CANCELLED)),
            Map.entry(ASSIGNED, EnumSet.of(ASSIGNED, CONTACTED, CANCELLED)),
            Map.entry(CONTACTED, EnumSet.of(MATERIALS_COLLECTED, CANCELLED)),
            Map.entry(MATERIALS_COLLECTED, EnumSet.of(SUBMITTED, CANCELLED)),
            Map.entry(SUBMITTED, EnumSet.of(SUPPLEMENT_REQUESTED, ACCEPTED, CANCELLED)),
            Map.entry(SUPPLEMENT_REQUESTED, EnumSet.of(SUBMITTED, CANCELLED)),
            Map.entry(ACCEPTED, EnumSet.of(COMPLETED, CANCELLED)),
            Map.entry(COMPLETED, EnumSet.of(RESULT_DELIVERED)),
            Map.entry(RESULT_DELIVERED, EnumSet.of(CLOSED)),
            Map.entry(CLOSED, EnumSet.noneOf(RequestStatus.class)),
            Map.entry(CANCELLED, EnumSet.noneOf(RequestStatus.class)));

    public boolean canBecome(RequestStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** Counts against an agent's capacity. */
    public boolean open() {
        return this != REQUESTED && this != RESULT_DELIVERED && this != CLOSED && this != CANCELLED;
    }

    public static final Set<RequestStatus> OPEN = EnumSet.of(ASSIGNED, CONTACTED, MATERIALS_COLLECTED, SUBMITTED,
            SUPPLEMENT_REQUESTED, ACCEPTED, COMPLETED);
}
