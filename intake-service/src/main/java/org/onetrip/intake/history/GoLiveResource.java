package org.onetrip.intake.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A jurisdiction's supervisor says when it went live: history import takes only what was finished before. */
@Path("/api/v1/go-live/{jurisdiction}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.CLERK})
@Tag(name = "history")
public class GoLiveResource {
    public record Day(@NotNull LocalDate day) {
    }

    private final Scope scope;

    GoLiveResource(Scope scope) {
        this.scope = scope;
    }

    @GET
    @Operation(summary = "The go-live day in force", description = "The jurisdiction's own, else the nearest above it's.")
    public Day get(@PathParam("jurisdiction") String jurisdiction) {
        scope.caller().requireCovering(Jurisdictions.requireValid("jurisdiction", jurisdiction));
        return GoLive.of(jurisdiction).map(Day::new).orElseThrow(() -> ProblemException.notFound("entity.go-live", jurisdiction));
    }

    @PUT
    @RolesAllowed(Roles.SUPERVISOR)
    @Transactional
    @Operation(summary = "Set the go-live day", description = "For a jurisdiction the supervisor covers, and those below it without "
            + "their own. History import takes only cases finished before it.")
    public Day set(@PathParam("jurisdiction") String jurisdiction, @Valid @NotNull Day body) {
        Caller caller = scope.caller();
        caller.requireCovering(Jurisdictions.requireValid("jurisdiction", jurisdiction));
        GoLive g = GoLive.<GoLive>findByIdOptional(jurisdiction).orElseGet(() -> {
            GoLive created = new GoLive();
            created.jurisdiction = jurisdiction;
            return created;
        });
        g.day = body.day();
        g.updatedBy = caller.subject();
        g.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        g.persist();
        return body;
    }
}
