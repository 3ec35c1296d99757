package org.onetrip.platform.calendar;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
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

/**
 * A province's supervisors keep the calendar (national holidays and 调休 are the same for every town), in one service;
 * every service that counts deadlines receives each edit. A district's, town's or village's supervisor may not.
 */
@IfBuildProperty(name = "onetrip.calendar.keeper", stringValue = "true")
@Path("/api/v1/calendar/days")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SUPERVISOR)
@Tag(name = "working-day calendar")
public class CalendarKeeperResource {
    private final CalendarKeeper keeper;
    private final Scope scope;

    CalendarKeeperResource(CalendarKeeper keeper, Scope scope) {
        this.keeper = keeper;
        this.scope = scope;
    }

    @PUT
    @Path("/{day}")
    @Operation(summary = "Set a day", description = "Marks a date as a holiday or a make-up working day, here and, through "
            + "calendar.days, in intake and proxy-agent. Cases accepted later count with it.")
    public CalendarResource.Day set(@PathParam("day") LocalDate day, @Valid @NotNull CalendarResource.Day body) {
        scope.caller().requireProvince();
        keeper.set(day, body.kind(), body.name());
        return new CalendarResource.Day(day, body.kind(), body.name());
    }

    @DELETE
    @Path("/{day}")
    @Operation(summary = "Clear a day", description = "The date follows the Monday-to-Friday rule again, everywhere.")
    public void clear(@PathParam("day") LocalDate day) {
        scope.caller().requireProvince();
        keeper.set(day, null, null);
    }
}
