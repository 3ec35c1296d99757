package org.onetrip.platform.calendar;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.security.Roles;

import java.time.LocalDate;
import java.util.List;

/** The holidays and make-up working days of a year: public to read, kept by supervisors. */
@IfBuildProperty(name = "onetrip.calendar.enabled", stringValue = "true")
@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "working-day calendar", description = "Holidays and make-up working days (调休) that deadlines are counted on")
public class CalendarResource {

    public record Day(LocalDate day, @NotNull WorkingDays.Kind kind, @Size(max = 50) String name) {
    }

    private final WorkingDayCalendar calendar;

    CalendarResource(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @GET
    @Path("/{year}")
    @PermitAll
    @Operation(summary = "A year's exceptions", description = "Every holiday and make-up working day of the year; other days follow Monday to Friday.")
    public List<Day> year(@PathParam("year") int year) {
        return CalendarDay.<CalendarDay>list("day >= ?1 and day < ?2 order by day", LocalDate.of(year, 1, 1),
                LocalDate.of(year + 1, 1, 1)).stream().map(d -> new Day(d.day, d.kind, d.name)).toList();
    }

    @PUT
    @Path("/days/{day}")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Set a day", description = "Marks a date as a holiday or a make-up working day. Cases accepted later count with it.")
    public Day set(@PathParam("day") LocalDate day, @Valid @NotNull Day body) {
        calendar.set(day, body.kind(), body.name());
        return new Day(day, body.kind(), body.name());
    }

    @DELETE
    @Path("/days/{day}")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Clear a day", description = "The date follows the Monday-to-Friday rule again.")
    public void clear(@PathParam("day") LocalDate day) {
        calendar.clear(day);
    }
}
