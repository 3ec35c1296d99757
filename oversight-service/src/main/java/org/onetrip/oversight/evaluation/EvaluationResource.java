package org.onetrip.oversight.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.OpenApiContract;

import java.time.LocalDate;
import java.util.UUID;

/**
 * 党员评议: what a cadre (a proxy agent, a department, or one of its officers) did for the reform in a period,
 * from the events, and the incidents recorded against them; exempt incidents (容错免责) are listed but
 * not counted.
 */
@Path("/api/v1")
@RolesAllowed(Roles.SUPERVISOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cadre evaluation", description = "Handled work, on-time rates, reviews, complaints and incidents per agent or department")
public class EvaluationResource {

    public record NewIncident(@NotNull Incident.CadreKind cadreKind, @NotBlank @Size(max = 60) String cadre,
                              @NotNull Incident.Kind kind, @NotBlank @Size(max = 2000) String description,
                              @NotNull @PastOrPresent LocalDate occurredOn, boolean exempt, @Size(max = 1000) String exemptReason) {
    }

    public record Exemption(@NotBlank @Size(max = 1000) String reason) {
    }

    private final IncidentService incidents;
    private final EvaluationQueries queries;
    private final Scope scope;

    EvaluationResource(IncidentService incidents, EvaluationQueries queries, Scope scope) {
        this.incidents = incidents;
        this.queries = queries;
        this.scope = scope;
    }

    @POST
    @Path("/incidents")
    @Operation(summary = "Record an incident", description = "Exempt (容错免责) with the reason when a proactive cadre made a good-faith mistake.")
    @Extension(name = OpenApiContract.CREATED, value = OpenApiContract.IN_BODY)
    @APIResponseSchema(IncidentView.class)
    public Response record(@Valid @NotNull NewIncident body) {
        return Response.status(Response.Status.CREATED).entity(incidents.record(body, scope.caller())).build();
    }

    @POST
    @Path("/incidents/{id}/exemption")
    @Operation(summary = "Exempt an incident (容错免责)")
    public IncidentView exempt(@PathParam("id") UUID id, @Valid @NotNull Exemption body) {
        return incidents.exempt(id, body.reason(), scope.caller());
    }

    @GET
    @Path("/evaluations/{cadreKind}/{cadre}")
    @Operation(summary = "Evaluate a cadre", description = "AGENT by agent id (with visit notes), DEPARTMENT by code, OFFICER by login (cases they worked in the inbox); the current year by default. Only the work within the supervisor's jurisdiction counts.")
    public EvaluationQueries.Evaluation evaluate(@PathParam("cadreKind") Incident.CadreKind kind, @PathParam("cadre") String cadre,
                                                 @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return queries.evaluate(kind, cadre, from, to, scope.caller());
    }
}
