package org.onetrip.catalogue.items;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.reference.Condition;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

import java.util.Arrays;
import java.util.List;

/** The conditions a material may be asked for under (按条件提交), and what became of the words items used before. */
@Path("/api/v1/conditions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conditions", description = "The closed vocabulary of conditions materials are asked for under")
public class ConditionResource {
    private final ItemQueries queries;
    private final Scope scope;

    ConditionResource(ItemQueries queries, Scope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    @GET
    @PermitAll
    @Operation(summary = "List the conditions", description = "Every code a material's conditionCode and a submission's "
            + "facts may use, with its Chinese label, who decides it and the aliases an import maps to it.")
    public List<ConditionView> conditions() {
        return Arrays.stream(Condition.values()).map(ConditionView::of).toList();
    }

    @GET
    @Path("/migration")
    @RolesAllowed(Roles.CATALOGUE_ADMIN)
    @Operation(summary = "What the vocabulary's migration did", description = "Every material of the administrator's items "
            + "whose condition was written in other words before: the code it was mapped to, or none where an "
            + "administrator must choose one (the item's next save or publication is refused until then).")
    public Page<ConditionView.Migrated> migration(@BeanParam @Valid PageRequest page) {
        return queries.conditionsMigrated(scope.caller().requireJurisdiction(), page);
    }
}
