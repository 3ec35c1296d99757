package org.onetrip.proxyagent.visits;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.OpenApiContract;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;
import org.onetrip.proxyagent.requests.RequestView;

import java.time.LocalDate;
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

    private final VisitNoteService notes;
    private final VisitNoteQueries queries;
    private final Scope scope;

    VisitNoteResource(VisitNoteService notes, VisitNoteQueries queries, Scope scope) {
        this.notes = notes;
        this.queries = queries;
        this.scope = scope;
    }

    @POST
    @Operation(summary = "Record a visit")
    @Extension(name = OpenApiContract.CREATED, value = OpenApiContract.AT_LOCATION)
    @APIResponseSchema(VisitNoteView.class)
    public Response record(@Valid @NotNull NewNote n, UriInfo uri) {
        VisitNoteView note = notes.record(n, scope.caller());
        return Response.created(uri.getAbsolutePathBuilder().path(note.id().toString()).build()).entity(note).build();
    }

    @GET
    @Operation(summary = "Search the archive", description = "By village (or town) prefix, topic and period, newest first.")
    public Page<VisitNoteView> search(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("topic") String topic,
                                      @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                      @BeanParam @Valid PageRequest page) {
        return queries.search(jurisdiction, topic, from, to, page, scope.caller());
    }

    @POST
    @Path("/{id}/problems/{index}/request")
    @Operation(summary = "Turn a problem into a proxy request", description = "One call: the request is recorded (source VISIT), assigned, and linked to the note.")
    public RequestView toRequest(@PathParam("id") UUID id, @PathParam("index") int index, @Valid @NotNull ProblemToRequest body) {
        return notes.toRequest(id, index, body, scope.caller());
    }
}
