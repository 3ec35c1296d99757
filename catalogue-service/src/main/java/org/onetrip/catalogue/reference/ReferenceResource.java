package org.onetrip.catalogue.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

/** Jurisdictions and departments: readable by all, kept by catalogue administrators. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reference data", description = "Jurisdictions (district → towns → villages) and departments")
public class ReferenceResource {
    private final ReferenceData reference;
    private final Scope scope;

    ReferenceResource(ReferenceData reference, Scope scope) {
        this.scope = scope;
        this.reference = reference;
    }

    @GET
    @Path("/jurisdictions")
    @PermitAll
    @Operation(summary = "List jurisdictions", description = "Filter by parent code or level.")
    public Page<JurisdictionView> jurisdictions(@QueryParam("parent") String parent,
                                                @QueryParam("level") JurisdictionLevel level,
                                                @BeanParam @Valid PageRequest page) {
        return reference.jurisdictions(parent, level, page);
    }

    @GET
    @Path("/jurisdictions/{code}")
    @PermitAll
    @Operation(summary = "One jurisdiction")
    public JurisdictionView jurisdiction(@PathParam("code") String code) {
        return reference.jurisdiction(code);
    }

    @PUT
    @Path("/jurisdictions/{code}")
    @RolesAllowed(Roles.CATALOGUE_ADMIN)
    @Operation(summary = "Create or change a jurisdiction")
    public JurisdictionView saveJurisdiction(@PathParam("code") String code, @Valid @NotNull JurisdictionView view) {
        requireSameCode(code, view.code());
        scope.caller().requireCovering(view.code());
        return reference.saveJurisdiction(view);
    }

    @GET
    @Path("/departments")
    @PermitAll
    @Operation(summary = "List departments", description = "Filter by jurisdiction.")
    public Page<DepartmentView> departments(@QueryParam("jurisdiction") String jurisdiction,
                                            @BeanParam @Valid PageRequest page) {
        return reference.departments(jurisdiction, page);
    }

    @GET
    @Path("/departments/{code}")
    @PermitAll
    @Operation(summary = "One department")
    public DepartmentView department(@PathParam("code") String code) {
        return reference.department(code);
    }

    @PUT
    @Path("/departments/{code}")
    @RolesAllowed(Roles.CATALOGUE_ADMIN)
    @Operation(summary = "Create or change a department")
    public DepartmentView saveDepartment(@PathParam("code") String code, @Valid @NotNull DepartmentView view) {
        requireSameCode(code, view.code());
        reference.requireManaged(view, scope);
        return reference.saveDepartment(view);
    }

    private static void requireSameCode(String inPath, String inBody) {
        if (!inPath.equals(inBody)) {
            throw ProblemException.invalid(java.util.List.of(
                    new ProblemException.FieldViolation("code", "code-differs-from-path", inPath)));
        }
    }
}
