package org.onetrip.oversight.complaints;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.IdempotentRequests;
import org.onetrip.platform.web.OpenApiContract;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

import java.util.UUID;

/** Complaints: registered and assigned by supervisors, answered by the department, closed with the outcome. */
@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "complaints", description = "投诉举报 from the hotline, media, petitions and deputies")
public class ComplaintResource {

    public record NewComplaint(@NotNull Complaint.Source source, @NotBlank @Size(max = 2000) String content,
                               @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}") String jurisdiction,
                               @Size(max = 40) String caseNumber, UUID agentId, @Size(max = 30) String department) {
    }

    public record Text(@NotBlank @Size(max = 2000) String text) {
    }

    private final ComplaintService complaints;
    private final ComplaintQueries queries;
    private final Scope scope;
    private final IdempotentRequests idempotent;

    ComplaintResource(ComplaintService complaints, ComplaintQueries queries, Scope scope, IdempotentRequests idempotent) {
        this.complaints = complaints;
        this.queries = queries;
        this.scope = scope;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Register a complaint", description = "Linked to a case, agent or department where known; the department must reply within the configured working days.")
    @Extension(name = OpenApiContract.CREATED, value = OpenApiContract.IN_BODY)
    @APIResponseSchema(ComplaintView.class)
    public Response register(@Valid @NotNull NewComplaint body, @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Retries with the same key and body give the first answer again (24 h)") String idempotencyKey) {
        return idempotent.once(idempotencyKey, scope.principal(), "register-complaint", body,
                () -> Response.status(Response.Status.CREATED).entity(complaints.register(body, scope.caller())).build());
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.OFFICER})
    @Operation(summary = "List complaints", description = "An officer's department's, or a supervisor's jurisdiction's; filter by status.")
    public Page<ComplaintView> list(@QueryParam("status") Complaint.Status status, @BeanParam @Valid PageRequest page) {
        return queries.list(status, page, scope.caller());
    }

    @POST
    @Path("/{id}/reply")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "The department's reply")
    public ComplaintView reply(@PathParam("id") UUID id, @Valid @NotNull Text body) {
        return complaints.reply(id, body.text(), scope.caller());
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Close with the outcome")
    public ComplaintView close(@PathParam("id") UUID id, @Valid @NotNull Text body) {
        return complaints.close(id, body.text(), scope.caller());
    }
}
