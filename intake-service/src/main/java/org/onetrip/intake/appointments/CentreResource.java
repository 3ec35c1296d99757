package org.onetrip.intake.appointments;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.intake.appointments.AppointmentViews.CentreView;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;

import java.time.LocalDate;
import java.util.List;

/** Service centres: set up by their administrator; their windows, hours and free slots are public. */
@Path("/api/v1/service-centres")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "appointments", description = "Service centres, bookable slots and appointments (预约)")
public class CentreResource {
    private final Centres centres;
    private final QueueQueries queries;
    private final Scope scope;

    CentreResource(Centres centres, QueueQueries queries, Scope scope) {
        this.centres = centres;
        this.queries = queries;
        this.scope = scope;
    }

    @GET
    @PermitAll
    @Operation(summary = "Service centres", description = "Of a jurisdiction and below, or all.")
    public List<CentreView> list(@QueryParam("jurisdiction") @Pattern(regexp = "\\d{2,12}") String jurisdiction) {
        return queries.centres(jurisdiction);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "A service centre", description = "Address, opening hours on working days, windows and the items each serves.")
    public CentreView get(@PathParam("code") @Size(max = 40) String code) {
        return queries.centre(code);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOGUE_ADMIN)
    @Operation(summary = "Set up a service centre", description = "Creates or replaces the centre and its windows, for an "
            + "administrator of its jurisdiction. Bookings made stay as they are.")
    public CentreView save(@PathParam("code") @Pattern(regexp = "[0-9A-Za-z-]{1,40}") String code, @Valid @NotNull Centres.CentreBody body) {
        centres.save(code, body, scope.caller());
        return queries.centre(code);
    }

    @GET
    @Path("/{code}/slots")
    @PermitAll
    @Operation(summary = "Bookable slots", description = "Working days only, slots not yet begun, within the centre's booking "
            + "horizon, with the places left; for an item, only if a window of the centre serves it.")
    public List<Centres.Slot> slots(@PathParam("code") @Size(max = 40) String code,
                                    @QueryParam("from") LocalDate from,
                                    @QueryParam("days") @DefaultValue("7") @Min(1) @Max(90) int days) {
        return queries.slots(code, from, days);
    }
}
