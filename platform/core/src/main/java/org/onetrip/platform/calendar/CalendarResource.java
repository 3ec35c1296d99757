package org.onetrip.platform.calendar;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** The holidays and make-up working days of a year, public, in every service that counts deadlines. */
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
}
