package org.onetrip.platform.probe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.web.PageRequest;

import java.util.List;

/** An endpoint of the test application, to check errors and security as a client sees them. */
@Path("/api/v1/probes")
public class ProbeResource {
    public enum Colour { RED, GREEN }

    public record Tag(@NotBlank String name) {
    }

    public record ProbeRequest(@NotBlank String aggregate, @Min(1) int seq, @NotNull Colour colour,
                               @Size(max = 3) List<@Valid Tag> tags) {
    }

    private final ProbeService probes;

    ProbeResource(ProbeService probes) {
        this.probes = probes;
    }

    @jakarta.ws.rs.GET
    @RolesAllowed(Roles.CLERK)
    public String byColour(@jakarta.ws.rs.QueryParam("colour") Colour colour) {
        return String.valueOf(colour);
    }

    @jakarta.ws.rs.GET
    @Path("/pages")
    @RolesAllowed(Roles.CLERK)
    public String page(@jakarta.ws.rs.BeanParam @Valid PageRequest page) {
        return page.page + "/" + page.size;
    }

    @POST
    @RolesAllowed(Roles.CLERK)
    public Response record(@Valid @NotNull ProbeRequest request) {
        probes.record(request.aggregate(), request.seq(), false);
        return Response.status(Response.Status.CREATED).build();
    }
}
