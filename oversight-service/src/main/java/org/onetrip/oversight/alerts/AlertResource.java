package org.onetrip.oversight.alerts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

/** Alerts per department, jurisdiction and item: supervisors see their jurisdiction's, an officer their department's. */
@Path("/api/v1/alerts")
@RolesAllowed({Roles.SUPERVISOR, Roles.OFFICER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "alerts", description = "Deadline warnings and breaches, overdue first contacts, rectifications and complaint replies")
public class AlertResource {
    private final AlertQueries queries;
    private final Scope scope;

    AlertResource(AlertQueries queries, Scope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    @GET
    @Operation(summary = "List alerts", description = "Newest first; filter by kind, jurisdiction (and below), department and item.")
    public Page<AlertView> list(@QueryParam("kind") Alert.Kind kind, @QueryParam("jurisdiction") String jurisdiction,
                                @QueryParam("department") String department, @QueryParam("item") String item,
                                @BeanParam @Valid PageRequest page) {
        return queries.list(kind, jurisdiction, department, item, page, scope.caller());
    }
}
