package org.onetrip.platform.security;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;
import java.util.TreeSet;

/** Lets a front end check a token and learn what it allows, on any service. */
@Path("/api/v1/me")
@Tag(name = "me", description = "The caller as the service sees them")
public class WhoAmIResource {

    /** The caller's identity, roles (sorted) and scope claims as read from their token. */
    public record Me(String subject, Set<String> roles, String department, String jurisdiction) {
    }

    private final Scope scope;

    WhoAmIResource(Scope scope) {
        this.scope = scope;
    }

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who am I", description = "The subject, roles (groups) and the dept/jur scope claims of the bearer token.")
    public Me me() {
        Caller caller = scope.caller();
        return new Me(caller.subject(), new TreeSet<>(caller.roles()), caller.department(), caller.jurisdiction());
    }
}
