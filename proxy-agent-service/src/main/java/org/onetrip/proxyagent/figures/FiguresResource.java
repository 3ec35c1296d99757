package org.onetrip.proxyagent.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;

import java.time.LocalDate;

/** The network's figures per agent, village or town, for requests made in a period. */
@Path("/api/v1/figures")
@RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "figures", description = "Open and closed requests, time to first contact and to delivery, zero-trip deliveries, visit notes")
public class FiguresResource {
    private final FiguresQueries queries;
    private final NetworkQueries network;
    private final Scope scope;

    FiguresResource(FiguresQueries queries, NetworkQueries network, Scope scope) {
        this.queries = queries;
        this.network = network;
        this.scope = scope;
    }

    @GET
    @Operation(summary = "Figures", description = "Grouped by agent, village or town; requests made from `from` to `to` (China time), the current year by default.")
    public FiguresQueries.Figures figures(@QueryParam("jurisdiction") @NotBlank String jurisdiction, @QueryParam("from") LocalDate from,
                                          @QueryParam("to") LocalDate to, @QueryParam("by") @DefaultValue("village") FiguresQueries.By by) {
        return queries.figures(jurisdiction, from, to, by, scope.caller());
    }

    @GET
    @Path("/network")
    @Operation(summary = "The network", description = "Active agents by level and role (联村干部, 联厂干部, ...), the villages covered of those the "
            + "catalogue knows (and which are not), and the problems and proposals visit notes gathered from `from` to `to`.")
    public NetworkQueries.Network network(@QueryParam("jurisdiction") @NotBlank String jurisdiction, @QueryParam("from") LocalDate from,
                                          @QueryParam("to") LocalDate to) {
        return network.network(jurisdiction, from, to, scope.caller());
    }
}
