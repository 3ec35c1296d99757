package org.onetrip.intake.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;

import java.time.LocalDate;

/** A jurisdiction's supervisor says when it went live: history import takes only what was finished before. */
@Path("/api/v1/go-live/{jurisdiction}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.CLERK})
@Tag(name = "history")
public class GoLiveResource {
    public record Day(@NotNull LocalDate day) {
    }

    private final GoLiveService goLive;
    private final Scope scope;

    GoLiveResource(GoLiveService goLive, Scope scope) {
        this.goLive = goLive;
        this.scope = scope;
    }

    @GET
    @Operation(summary = "The go-live day in force", description = "The jurisdiction's own, else the nearest above it's.")
    public Day get(@PathParam("jurisdiction") String jurisdiction) {
        return new Day(goLive.inForce(jurisdiction, scope.caller()));
    }

    @PUT
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Set the go-live day", description = "For a jurisdiction the supervisor covers, and those below it without "
            + "their own. History import takes only cases finished before it.")
    public Day set(@PathParam("jurisdiction") String jurisdiction, @Valid @NotNull Day body) {
        goLive.set(jurisdiction, body.day(), scope.caller());
        return body;
    }
}
