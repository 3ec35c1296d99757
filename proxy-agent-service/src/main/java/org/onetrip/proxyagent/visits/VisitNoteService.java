package org.onetrip.proxyagent.visits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;
import org.onetrip.proxyagent.agents.Agent;
import org.onetrip.proxyagent.requests.ProxyRequest;
import org.onetrip.proxyagent.requests.RequestService;
import org.onetrip.proxyagent.requests.RequestView;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Visit notes (走访手记 → 民情档案): recorded by agents and cadres within their area, and a raised problem turned
 * into a proxy request. Households' names and problems are for the agents serving them.
 */
@ApplicationScoped
public class VisitNoteService {
    private final RequestService requests;
    private final VisitEvents events;

    VisitNoteService(RequestService requests, VisitEvents events) {
        this.requests = requests;
        this.events = events;
    }

    @Transactional
    public VisitNoteView record(VisitNoteResource.NewNote n, Caller caller) {
        if (!Jurisdictions.covers(area(caller), n.village())) {
            throw new ProblemException(ProblemKind.FORBIDDEN, "forbidden");
        }
        VisitNote note = new VisitNote();
        note.id = UUID.randomUUID();
        note.author = caller.subject();
        note.agentId = Agent.bySubject(caller.subject()).map(a -> a.id).orElse(null);
        note.village = n.village();
        note.town = n.village().substring(0, 9);
        note.visitedOn = n.visitedOn();
        note.household = n.household();
        note.kind = n.kind();
        note.topics = n.topics().toArray(String[]::new);
        note.problems = n.problems() == null ? List.of() : n.problems().stream().map(p -> new VisitNote.Problem(p, null)).toList();
        note.followUps = n.followUps();
        note.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        note.persist();
        events.recorded(note);
        return VisitNoteView.of(note);
    }

    /** One call: the request is recorded (source VISIT), assigned, and linked to the note's problem. */
    @Transactional
    public RequestView toRequest(UUID id, int index, VisitNoteResource.ProblemToRequest body, Caller caller) {
        VisitNote note = VisitNote.<VisitNote>findByIdOptional(id).filter(n -> Jurisdictions.covers(area(caller), n.village))
                .orElseThrow(() -> ProblemException.notFound("entity.visit-note", id));
        if (index < 0 || index >= note.problems.size()) {
            throw ProblemException.notFound("entity.problem", index);
        }
        VisitNote.Problem problem = note.problems.get(index);
        if (problem.requestId() != null) {
            throw new ProblemException(ProblemKind.CONFLICT, "visit.problem-has-request", problem.requestId());
        }
        ProxyRequest r = requests.create(new RequestService.NewRequest(body.itemCode(), note.village,
                ProxyRequest.Source.VISIT, body.residentName(), body.residentIdNumber(), body.phone(), problem.text()), caller.subject());
        List<VisitNote.Problem> problems = new ArrayList<>(note.problems);
        problems.set(index, new VisitNote.Problem(problem.text(), r.id));
        note.problems = problems;
        return RequestView.of(r);
    }

    /**
     * An active agent's own village or town; a clerk's jurisdiction. An agent token without an active agent
     * record reaches nothing.
     */
    static String area(Caller caller) {
        if (!caller.is(Roles.AGENT) || caller.is(Roles.CLERK)) {
            return caller.requireJurisdiction();
        }
        return Agent.bySubject(caller.subject()).filter(a -> a.active).map(a -> a.jurisdiction)
                .orElseThrow(() -> new ProblemException(ProblemKind.FORBIDDEN, "forbidden"));
    }
}
