package org.onetrip.intake.appointments;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.intake.appointments.AppointmentViews.Display;
import org.onetrip.intake.appointments.AppointmentViews.TicketView;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;

import java.net.URI;

/** The hall on the day: numbers taken at the desk, called at the windows, shown on the screen (取号 / 叫号). */
@Path("/api/v1/service-centres/{code}/queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "queue", description = "Queue numbers, calling and the hall's display")
public class QueueResource {

    /** The case the window opened for a number. */
    public record CaseLink(@NotBlank @Size(max = 40) String caseNumber) {
    }

    private final QueueService queue;
    private final QueueQueries queries;
    private final Scope scope;

    QueueResource(QueueService queue, QueueQueries queries, Scope scope) {
        this.queue = queue;
        this.queries = queries;
        this.scope = scope;
    }

    @POST
    @Path("/tickets")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Take a number", description = "At the reception desk or its kiosk: for today's booking at this centre "
            + "(series A, called first), or a walk-in for an item a window serves (series B).")
    public Response take(@PathParam("code") String code, @Valid @NotNull QueueService.TicketRequest body) {
        TicketView ticket = TicketView.of(queue.take(code, body, scope.caller()));
        return Response.created(URI.create("/api/v1/service-centres/" + code + "/queue/tickets/" + ticket.number())).entity(ticket).build();
    }

    @POST
    @Path("/windows/{window}/call")
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Call the next number", description = "The next waiting number this window serves; 204 when none waits.")
    public Response callNext(@PathParam("code") String code, @PathParam("window") @Size(max = 10) String window) {
        return queue.callNext(code, window, scope.caller()).map(t -> Response.ok(TicketView.of(t)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Path("/tickets/{number}/no-show")
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Nobody came", description = "A called number nobody answered; counted on oversight's board.")
    public TicketView noShow(@PathParam("code") String code, @PathParam("number") @Size(max = 10) String number) {
        return TicketView.of(queue.noShow(code, number, scope.caller()));
    }

    @PUT
    @Path("/tickets/{number}/case")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "The case opened for a number", description = "Links the called number to the case the window opened; the number is served.")
    public TicketView serve(@PathParam("code") String code, @PathParam("number") @Size(max = 10) String number,
                            @Valid @NotNull CaseLink body) {
        return TicketView.of(queue.serve(code, number, body.caseNumber(), scope.caller()));
    }

    @GET
    @Path("/display")
    @PermitAll
    @Operation(summary = "The hall's display", description = "The numbers called last and at which window, and how many wait: "
            + "JSON, or with Accept: text/html a page a screen in the hall shows (it reloads itself). No names.")
    public Display display(@PathParam("code") @Size(max = 40) String code) {
        return queries.display(code);
    }

    @GET
    @Path("/display")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public String displayPage(@PathParam("code") @Size(max = 40) String code) {
        return queries.displayPage(queries.display(code));
    }
}
