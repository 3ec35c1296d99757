package org.onetrip.oversight.alerts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.security.Jurisdictions;
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
    private final Scope scope;
    private final JsonWebToken token;

    AlertResource(Scope scope, JsonWebToken token) {
        this.scope = scope;
        this.token = token;
    }

    @GET
    @Transactional
    @Operation(summary = "List alerts", description = "Newest first; filter by kind, jurisdiction (and below), department and item.")
    public Page<Alert> list(@QueryParam("kind") Alert.Kind kind, @QueryParam("jurisdiction") String jurisdiction,
                            @QueryParam("department") String department, @QueryParam("item") String item,
                            @BeanParam @Valid PageRequest page) {
        boolean supervisor = token.getGroups().contains(Roles.SUPERVISOR);
        String dept = supervisor ? department : scope.requireDepartment();
        // A supervisor oversees their jurisdiction and below; an officer's department is scope enough.
        String within = Jurisdictions.requireValid("jurisdiction", jurisdiction);
        if (supervisor) {
            within = within == null ? scope.requireJurisdiction() : within;
            scope.requireCovering(within);
        }
        var query = Alert.<Alert>find("(?1 is null or kind = ?1) and (?2 is null or jurisdiction like ?2) and (?3 is null or department = ?3)"
                        + " and (?4 is null or itemCode = ?4) order by raisedAt desc",
                kind, within == null ? null : Jurisdictions.likePattern(within), dept, item);
        return new Page<>(query.page(page.page, page.size).list(), page.page, page.size, query.count());
    }
}
