package org.onetrip.proxyagent.requests;

import org.onetrip.platform.state.State;
import org.onetrip.platform.state.Transitions;

import java.util.EnumSet;
import java.util.Set;

/**
 * A proxy request from the resident's call to the result in their hands:
 * REQUESTED → ASSIGNED → CONTACTED → MATERIALS_COLLECTED → SUBMITTED → (SUPPLEMENT_REQUESTED → SUBMITTED)
 * → ACCEPTED → COMPLETED → RESULT_DELIVERED → CLOSED, or CANCELLED with a reason before delivery.
 * From SUBMITTED on, intake's events move it.
 */
public enum RequestStatus implements State<RequestStatus> {
    REQUESTED, ASSIGNED, CONTACTED, MATERIALS_COLLECTED, SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, COMPLETED,
    RESULT_DELIVERED, CLOSED, CANCELLED;

    private static final Transitions<RequestStatus> TRANSITIONS = Transitions.of(RequestStatus.class)
            .allow(REQUESTED, ASSIGNED, CANCELLED)
            .allow(ASSIGNED, ASSIGNED, CONTACTED, CANCELLED)
            .allow(CONTACTED, MATERIALS_COLLECTED, CANCELLED)
            .allow(MATERIALS_COLLECTED, SUBMITTED, CANCELLED)
            .allow(SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, CANCELLED)
            .allow(SUPPLEMENT_REQUESTED, SUBMITTED, CANCELLED)
            .allow(ACCEPTED, COMPLETED, CANCELLED)
            .allow(COMPLETED, RESULT_DELIVERED)
            .allow(RESULT_DELIVERED, CLOSED);

    @Override
    public Transitions<RequestStatus> transitions() {
        return TRANSITIONS;
    }

    /** Counts against an agent's capacity. */
    public boolean open() {
        return this != REQUESTED && this != RESULT_DELIVERED && this != CLOSED && this != CANCELLED;
    }

    public static final Set<RequestStatus> OPEN = EnumSet.of(ASSIGNED, CONTACTED, MATERIALS_COLLECTED, SUBMITTED,
            SUPPLEMENT_REQUESTED, ACCEPTED, COMPLETED);
}
