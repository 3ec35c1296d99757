package org.onetrip.intake.appointments;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.intake.appointments.AppointmentViews.AppointmentView;
import org.onetrip.intake.cases.LookupRateLimiter;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A resident books a slot from a phone, without an account: the answer's id is the handle to see, move or cancel
 * the booking (random; keep it). Rate limited per client like the public look-up.
 */
@Path("/api/v1/appointments")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "appointments")
public class AppointmentResource {

    /** Where to move a booking. */
    public record NewSlot(@NotNull OffsetDateTime startsAt) {
    }

    private final AppointmentService appointments;
    private final LookupRateLimiter limiter;

    AppointmentResource(AppointmentService appointments, LookupRateLimiter limiter) {
        this.appointments = appointments;
        this.limiter = limiter;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a slot", description = "For an item a window of the centre serves, in a bookable slot (see the "
            + "centre's slots). 201 with the booking; the resident gets an SMS (and e-mail) with the materials to bring. "
            + "409 when the slot is full or the resident holds a booking for the item that day.")
    public Response book(@Valid @NotNull AppointmentService.NewAppointment body, @Context HttpServerRequest request) {
        limiter.require(request, body.phone());
        AppointmentView booked = AppointmentView.of(appointments.book(body));
        return Response.created(URI.create("/api/v1/appointments/" + booked.id())).entity(booked).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A booking")
    public AppointmentView get(@PathParam("id") UUID id) {
        return AppointmentView.of(appointments.find(id));
    }

    @PUT
    @Path("/{id}/slot")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a booking", description = "To another bookable slot with a place; the old place is freed.")
    public AppointmentView move(@PathParam("id") UUID id, @Valid @NotNull NewSlot body, @Context HttpServerRequest request) {
        limiter.require(request, id.toString());
        return AppointmentView.of(appointments.move(id, body.startsAt()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel a booking", description = "Its place is freed; the resident is told.")
    public AppointmentView cancel(@PathParam("id") UUID id, @Context HttpServerRequest request) {
        limiter.require(request, id.toString());
        return AppointmentView.of(appointments.cancel(id));
    }
}
