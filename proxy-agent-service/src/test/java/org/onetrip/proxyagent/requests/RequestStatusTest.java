package org.onetrip.proxyagent.requests;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestStatusTest {

    @Test
    void theDoorToDoorPathIsAllowedStepByStep() {
        RequestStatus[] path = {RequestStatus.REQUESTED, RequestStatus.ASSIGNED, RequestStatus.CONTACTED,
                RequestStatus.MATERIALS_COLLECTED, RequestStatus.SUBMITTED, RequestStatus.SUPPLEMENT_REQUESTED,
                RequestStatus.SUBMITTED, RequestStatus.ACCEPTED, RequestStatus.COMPLETED, RequestStatus.RESULT_DELIVERED,
                RequestStatus.CLOSED};
        for (int i = 0; i + 1 < path.length; i++) {
            assertThat(path[i].canBecome(path[i + 1])).as(path[i] + " → " + path[i + 1]).isTrue();
        }
    }

    @Test
    void aReassignmentKeepsTheRequestAssigned() {
        assertThat(RequestStatus.ASSIGNED.canBecome(RequestStatus.ASSIGNED)).isTrue();
        assertThat(RequestStatus.CONTACTED.canBecome(RequestStatus.ASSIGNED)).isFalse();
    }

    @Test
    void aDeliveredResultIsNeverCancelledAndEndsStayEnded() {
        assertThat(RequestStatus.COMPLETED.canBecome(RequestStatus.CANCELLED)).isFalse();
        assertThat(RequestStatus.RESULT_DELIVERED.canBecome(RequestStatus.CANCELLED)).isFalse();
        for (RequestStatus next : RequestStatus.values()) {
            assertThat(RequestStatus.CLOSED.canBecome(next)).isFalse();
            assertThat(RequestStatus.CANCELLED.canBecome(next)).isFalse();
        }
    }

    @Test
    void onlyRequestsBeingWorkedCountAgainstCapacity() {
        assertThat(RequestStatus.ASSIGNED.open()).isTrue();
        assertThat(RequestStatus.COMPLETED.open()).isTrue();
        assertThat(RequestStatus.REQUESTED.open()).isFalse();
        assertThat(RequestStatus.CLOSED.open()).isFalse();
        for (RequestStatus s : RequestStatus.values()) {
            assertThat(RequestStatus.OPEN.contains(s)).as(s.name()).isEqualTo(s.open());
        }
    }
}
