package org.onetrip.proxyagent.requests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.reference.Condition;
import org.onetrip.platform.reference.ConditionCode;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.IdempotentRequests;
import org.onetrip.platform.web.OpenApiContract;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

import java.util.List;
import java.util.UUID;

/** Proxy requests: agents work their own; a town's clerks see, assign and reassign all of the town's. */
@Path("/api/v1/requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.CLERK})
@Tag(name = "proxy requests", description = "A resident's request that an agent handle an item, door to door")
public class RequestResource {

    public record Reassignment(@NotNull UUID agentId, @NotBlank @Size(max = 500) String reason) {
    }

    public record Note(@Size(max = 1000) String note) {
    }

    public record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    public record Collected(@NotNull @Size(min = 1, max = 100) List<@NotBlank @Size(max = 20) String> materials,
                            @Size(max = 20) @Schema(description = "Conditions the resident declares (codes of the catalogue's GET /api/v1/conditions that a submission declares)")
                            List<@NotBlank @ConditionCode(declared = true) String> facts) {
        public Collected {
            facts = Condition.canonical(facts); // the resident's condition in a word the vocabulary knows, as its code
        }
    }

    private final RequestService requests;
    private final Scope scope;
    private final IdempotentRequests idempotent;
    private final RequestQueries queries;

    RequestResource(RequestService requests, RequestQueries queries, Scope scope, IdempotentRequests idempotent) {
        this.idempotent = idempotent;
        this.requests = requests;
        this.queries = queries;
        this.scope = scope;
    }

    @POST
    @Operation(summary = "Record a request", description = "Assigned at once to the least-loaded agent of the village who handles the item, else of the town. 422 for an item agents may not handle, with where to apply instead.")
    @Extension(name = OpenApiContract.CREATED, value = OpenApiContract.AT_LOCATION)
    @APIResponseSchema(RequestView.class)
    public Response create(@Valid @NotNull RequestService.NewRequest request, UriInfo uri,
                           @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Retries with the same key and body give the first answer again (24 h)") String idempotencyKey) {
        RequestService.Actor actor = actor();
        if (!actor.serves(request.village())) {
            throw new ProblemException(ProblemKind.FORBIDDEN, "forbidden");
        }
        return idempotent.once(idempotencyKey, scope.principal(), "create-request", request, () -> {
            ProxyRequest r = requests.create(request, actor.subject());
            return Response.created(uri.getAbsolutePathBuilder().path(r.id.toString()).build()).entity(RequestView.of(r)).build();
        });
    }

    @GET
    @Operation(summary = "List requests", description = "An agent's own, or a clerk's town's; filter by status and village.")
    public Page<RequestView> list(@QueryParam("status") RequestStatus status, @QueryParam("village") String village,
                                  @BeanParam @Valid PageRequest page) {
        return queries.list(status, village, page, actor());
    }

    @GET
    @Path("/overdue-contacts")
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Overdue first contacts", description = "Assigned requests of the clerk's town whose first contact is past due.")
    public Page<RequestView> overdueContacts(@BeanParam @Valid PageRequest page) {
        return queries.overdueContacts(page, actor());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One request")
    public RequestView get(@PathParam("id") UUID id) {
        return queries.get(id, actor());
    }

    @POST
    @Path("/{id}/reassignment")
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Reassign", description = "To another active agent of the village or town, with the reason.")
    public RequestView reassign(@PathParam("id") UUID id, @Valid @NotNull Reassignment body) {
        return RequestView.of(requests.reassign(id, body.agentId(), body.reason(), actor()));
    }

    @POST
    @Path("/{id}/contact")
    @Operation(summary = "First contact made")
    public RequestView contact(@PathParam("id") UUID id, @Valid Note note) {
        return RequestView.of(requests.contact(id, note == null ? null : note.note(), actor()));
    }

    @POST
    @Path("/{id}/materials")
    @Operation(summary = "Materials collected", description = "The item's material codes collected from the resident, and the facts declared.")
    public RequestView collect(@PathParam("id") UUID id, @Valid @NotNull Collected body) {
        return RequestView.of(requests.collect(id, body.materials(), body.facts(), actor()));
    }

    @POST
    @Path("/{id}/submission")
    @Operation(summary = "Submit to the window", description = "intake opens the case; its events move the request on.")
    public RequestView submit(@PathParam("id") UUID id) {
        return RequestView.of(requests.submit(id, actor()));
    }

    @POST
    @Path("/{id}/supplement")
    @Operation(summary = "Supplement", description = "The materials intake's one-time notice asked for (the request's task).")
    public RequestView supplement(@PathParam("id") UUID id, @Valid @NotNull Collected body) {
        return RequestView.of(requests.supplement(id, body.materials(), actor()));
    }

    @POST
    @Path("/{id}/delivery")
    @Operation(summary = "Result handed over", description = "The agent gives the result to the resident.")
    public RequestView deliver(@PathParam("id") UUID id, @Valid Note note) {
        return RequestView.of(requests.deliver(id, note == null ? null : note.note(), actor()));
    }

    @POST
    @Path("/{id}/confirmation")
    @Operation(summary = "Resident confirms", description = "Closes the request.")
    public RequestView confirm(@PathParam("id") UUID id, @Valid Note note) {
        return RequestView.of(requests.close(id, note == null ? null : note.note(), actor()));
    }

    @POST
    @Path("/{id}/cancellation")
    @Operation(summary = "Cancel", description = "With the reason.")
    public RequestView cancel(@PathParam("id") UUID id, @Valid @NotNull Reason reason) {
        return RequestView.of(requests.cancel(id, reason.reason(), actor()));
    }

    private RequestService.Actor actor() {
        return RequestService.Actor.of(scope.caller());
    }
}
