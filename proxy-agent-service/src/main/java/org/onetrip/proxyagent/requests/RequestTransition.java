package org.onetrip.proxyagent.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.onetrip.platform.state.Transition;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a request's history: when, who, from, to, and a note. */
@Entity
@Table(name = "request_transition")
public class RequestTransition extends Transition {
    @Column(name = "request_id", nullable = false)
    public UUID requestId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public RequestStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public RequestStatus to;

    static RequestTransition of(UUID requestId, RequestStatus from, RequestStatus to, String actor, String note, OffsetDateTime at) {
        RequestTransition t = new RequestTransition();
        t.requestId = requestId;
        t.from = from;
        t.to = to;
        return t.by(actor, note, at);
    }
}
