package org.onetrip.intake.appointments;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    /** Where to move a booking, with the code sent to its phone. */
    public record NewSlot(@NotNull OffsetDateTime startsAt, @NotBlank @Size(max = 10) String code) {
    }

    /** The phone a code is sent to before booking in its name. */
    public record CodeRequest(@NotBlank @Pattern(regexp = "1\\d{10}") @Schema(example = "13812341234") String phone) {
    }

    private final AppointmentService appointments;
    private final VerificationCodes codes;
    private final LookupRateLimiter limiter;

    AppointmentResource(AppointmentService appointments, VerificationCodes codes, LookupRateLimiter limiter) {
        this.appointments = appointments;
        this.codes = codes;
        this.limiter = limiter;
    }

    @POST
    @Path("/verification-codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a code to a phone", description = "短信验证码: six digits by SMS, valid ten minutes and five tries, "
            + "used once; a booking in the phone's name needs it. Rate limited per client and per phone.")
    @APIResponse(responseCode = "202", description = "Sent")
    public Response sendCode(@Valid @NotNull CodeRequest body, @Context HttpServerRequest request) {
        limiter.require(request, body.phone());
        codes.send(body.phone(), null);
        return Response.accepted().build();
    }

    @POST
    @Path("/{id}/verification-code")
    @Operation(summary = "Send a code to the booking's phone", description = "For moving or cancelling it: only its phone's holder can.")
    @APIResponse(responseCode = "202", description = "Sent")
    public Response sendCode(@PathParam("id") UUID id, @Context HttpServerRequest request) {
        limiter.require(request, id.toString());
        appointments.sendCode(id);
        return Response.accepted().build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a slot", description = "For an item a window of the centre serves, in a bookable slot (see the "
            + "centre's slots), with the code sent to the phone (phoneCode). 201 with the booking; the resident gets an SMS "
            + "(and e-mail) with the materials to bring and the link to the booking. 400 naming phoneCode when the code is "
            + "wrong or spent; 409 when the slot is full or the resident holds a booking for the item that day.")
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
    @Operation(summary = "Move a booking", description = "To another bookable slot with a place, with the code sent to the "
            + "booking's phone; the old place is freed.")
    public AppointmentView move(@PathParam("id") UUID id, @Valid @NotNull NewSlot body, @Context HttpServerRequest request) {
        limiter.require(request, id.toString());
        return AppointmentView.of(appointments.move(id, body.startsAt(), body.code()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel a booking", description = "With the code sent to the booking's phone; its place is freed and "
            + "the resident is told.")
    public AppointmentView cancel(@PathParam("id") UUID id, @QueryParam("code") @Size(max = 10) String code,
                                  @Context HttpServerRequest request) {
        limiter.require(request, id.toString());
        return AppointmentView.of(appointments.cancel(id, code));
    }
}
