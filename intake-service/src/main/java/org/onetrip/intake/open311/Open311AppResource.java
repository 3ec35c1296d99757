package org.onetrip.intake.open311;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

/** Supervisors issue the api_keys civic apps post Open311 requests with. */
@Path("/api/v1/open311/apps")
@RolesAllowed(Roles.SUPERVISOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open311 apps", description = "api_keys for civic apps")
public class Open311AppResource {

    public record NewApp(@NotBlank @Size(max = 100) String name,
                         @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}") String jurisdiction) {
    }

    private final Open311Apps apps;
    private final Scope scope;

    Open311AppResource(Open311Apps apps, Scope scope) {
        this.apps = apps;
        this.scope = scope;
    }

    @POST
    @Operation(summary = "Issue an api_key", description = "For a civic app, within the supervisor's jurisdiction; the key is shown "
            + "this once and kept only as a hash.")
    @Extension(name = OpenApiContract.CREATED, value = OpenApiContract.IN_BODY)
    @APIResponseSchema(Open311Apps.Issued.class)
    public Response issue(@Valid @NotNull NewApp app) {
        return Response.status(Response.Status.CREATED).entity(apps.issue(app.name(), app.jurisdiction(), scope.caller())).build();
    }
}
