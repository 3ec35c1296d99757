package org.onetrip.proxyagent.visits;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.outbox.Outbox;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;
import org.onetrip.proxyagent.agents.Agent;
import org.onetrip.proxyagent.requests.ProxyRequest;
import org.onetrip.proxyagent.requests.RequestService;
import org.onetrip.proxyagent.requests.RequestView;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Visit notes (走访手记 → 民情档案): recorded by agents and cadres, searchable by village, topic and period. */
@Path("/api/v1/visit-notes")
@RolesAllowed({Roles.AGENT, Roles.CLERK})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "visit notes", description = "Door-to-door visits and the problems raised; a problem can become a proxy request")
public class VisitNoteResource {

    public record NewNote(@NotBlank @Pattern(regexp = "\\d{12}") String village, @NotNull @PastOrPresent LocalDate visitedOn,
                          @NotBlank @Size(max = 100) String household, @NotNull VisitNote.Kind kind,
                          @NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 30) String> topics,
                          @Size(max = 20) List<@NotBlank @Size(max = 500) String> problems,
                          @Size(max = 2000) String followUps) {
    }

    /** The resident and item for turning a raised problem into a request. */
    public record ProblemToRequest(@NotBlank String itemCode, @NotBlank @Size(max = 50) String residentName,
                                   @NotBlank String residentIdNumber,
                                   @NotBlank @Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}") String phone) {
    }

    public record NoteView(UUID id, String author, String village, LocalDate visitedOn, String household,
                           VisitNote.Kind kind, List<String> topics, List<VisitNote.Problem> problems, String followUps) {
        static NoteView of(VisitNote n) {
            return new NoteView(n.id, n.author, n.village, n.visitedOn, n.household, n.kind, List.of(n.topics),
                    n.problems, n.followUps);
        }
    }

    /** What oversight learns of a visit, on proxy.visits (key = note id): who, where, when, what about; no household. */
    public record VisitRecorded(UUID noteId, UUID agentId, String author, String village, String town, LocalDate visitedOn,
                                VisitNote.Kind kind, List<String> topics, int problems) {
    }

    public static final String TOPIC = "proxy.visits";
    public static final String RECORDED = "org.onetrip.proxyagent.visit.recorded.v1";

    private final Scope scope;
    private final RequestService requests;
    private final Outbox outbox;

    VisitNoteResource(Scope scope, RequestService requests, Outbox outbox) {
        this.scope = scope;
        this.requests = requests;
        this.outbox = outbox;
    }

    @POST
    @Transactional
    @Operation(summary = "Record a visit")
    public Response record(@Valid @NotNull NewNote n, UriInfo uri) {
        if (!Jurisdictions.covers(area(), n.village())) {
            throw new ProblemException(ProblemKind.FORBIDDEN, "forbidden");
        }
        VisitNote note = new VisitNote();
        note.id = UUID.randomUUID();
        note.author = scope.subject();
        note.agentId = Agent.bySubject(scope.subject()).map(a -> a.id).orElse(null);
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
        outbox.publish(TOPIC, RECORDED, note.id.toString(), new VisitRecorded(note.id, note.agentId, note.author, note.village,
                note.town, note.visitedOn, note.kind, n.topics(), note.problems.size()));
        return Response.created(uri.getAbsolutePathBuilder().path(note.id.toString()).build()).entity(NoteView.of(note)).build();
    }

    @GET
    @Transactional
    @Operation(summary = "Search the archive", description = "By village (or town) prefix, topic and period, newest first.")
    public Page<NoteView> search(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("topic") String topic,
                                 @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                 @BeanParam @Valid PageRequest page) {
        String area = area();
        String within = jurisdiction == null ? area : Jurisdictions.requireValid("jurisdiction", jurisdiction);
        if (!Jurisdictions.covers(area, within)) {
            throw new ProblemException(ProblemKind.FORBIDDEN, "forbidden");
        }
        StringBuilder where = new StringBuilder("village like :prefix");
        var params = new java.util.HashMap<String, Object>();
        params.put("prefix", Jurisdictions.likePattern(within));
        if (topic != null) {
            where.append(" and :topic = any(topics)");
            params.put("topic", topic);
        }
        if (from != null) {
            where.append(" and visited_on >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and visited_on <= :to");
            params.put("to", to);
        }
        var em = VisitNote.getEntityManager();
        var select = em.createNativeQuery("select * from visit_note where " + where + " order by visited_on desc, id", VisitNote.class);
        var count = em.createNativeQuery("select count(*) from visit_note where " + where);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<VisitNote> notes = select.setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList();
        return new Page<>(notes, page.page, page.size, ((Number) count.getSingleResult()).longValue()).map(NoteView::of);
    }

    @POST
    @Path("/{id}/problems/{index}/request")
    @Transactional
    @Operation(summary = "Turn a problem into a proxy request", description = "One call: the request is recorded (source VISIT), assigned, and linked to the note.")
    public RequestView toRequest(@PathParam("id") UUID id, @PathParam("index") int index, @Valid @NotNull ProblemToRequest body) {
        VisitNote note = VisitNote.<VisitNote>findByIdOptional(id).filter(n -> Jurisdictions.covers(area(), n.village))
                .orElseThrow(() -> ProblemException.notFound("entity.visit-note", id));
        if (index < 0 || index >= note.problems.size()) {
            throw ProblemException.notFound("entity.problem", index);
        }
        VisitNote.Problem problem = note.problems.get(index);
        if (problem.requestId() != null) {
            throw new ProblemException(ProblemKind.CONFLICT, "visit.problem-has-request", problem.requestId());
        }
        ProxyRequest r = requests.create(new RequestService.NewRequest(body.itemCode(), note.village,
                ProxyRequest.Source.VISIT, body.residentName(), body.residentIdNumber(), body.phone(), problem.text()), scope.subject());
        List<VisitNote.Problem> problems = new ArrayList<>(note.problems);
        problems.set(index, new VisitNote.Problem(problem.text(), r.id));
        note.problems = problems;
        return RequestView.of(r);
    }

    /**
     * An active agent's own village or town; a clerk's jurisdiction. Households' names and problems are for
     * the agents serving them: an agent token without an active agent record reaches nothing.
     */
    private String area() {
        if (!scope.hasRole(Roles.AGENT) || scope.hasRole(Roles.CLERK)) {
            return scope.requireJurisdiction();
        }
        return Agent.bySubject(scope.subject()).filter(a -> a.active).map(a -> a.jurisdiction)
                .orElseThrow(() -> new ProblemException(ProblemKind.FORBIDDEN, "forbidden"));
    }
}
