package org.onetrip.oversight.assessments;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.OpenApiContract;

import java.util.List;
import java.util.Map;

/**
 * 人大代表评议: during a quarter each deputy scores each department and town on the configured criteria,
 * once; when the quarter closes the aggregated results are published for everyone.
 */
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "deputies' assessments", description = "Quarterly scores by people's-congress deputies, published when the quarter closes")
public class AssessmentResource {

    public record NewAssessment(@NotBlank @Pattern(regexp = Quarter.PATTERN) String quarter,
                                @NotNull Assessment.TargetKind targetKind, @NotBlank @Size(max = 30) String target,
                                @NotNull @Size(min = 1, max = 20) Map<@NotBlank String, @NotNull @Min(0) @Max(100) Integer> scores,
                                @Size(max = 2000) String comment) {
    }

    private final AssessmentService assessments;
    private final AssessmentQueries queries;
    private final Scope scope;

    AssessmentResource(AssessmentService assessments, AssessmentQueries queries, Scope scope) {
        this.assessments = assessments;
        this.queries = queries;
        this.scope = scope;
    }

    @GET
    @Path("/criteria")
    @PermitAll
    @Operation(summary = "The criteria", description = "What deputies score, each 0 to 100.")
    public List<String> criteria() {
        return queries.criteria();
    }

    @POST
    @RolesAllowed(Roles.DEPUTY)
    @Operation(summary = "Score a department or town", description = "During the quarter, once per deputy and target (409 the second time); every criterion, 0 to 100.")
    @Extension(name = OpenApiContract.CREATED, value = OpenApiContract.IN_BODY)
    @APIResponseSchema(AssessmentService.Scored.class)
    public Response score(@Valid @NotNull NewAssessment body) {
        return Response.status(Response.Status.CREATED).entity(assessments.score(body, scope.caller())).build();
    }

    @GET
    @Path("/{quarter}/results")
    @PermitAll
    @Operation(summary = "A quarter's results", description = "Public once the quarter has closed; supervisors may see them before. No deputy is named.")
    public AssessmentQueries.Results results(@PathParam("quarter") @Pattern(regexp = Quarter.PATTERN) String text) {
        return queries.results(text, scope.caller());
    }
}
