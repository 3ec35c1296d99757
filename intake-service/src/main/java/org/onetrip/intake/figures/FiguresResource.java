package org.onetrip.intake.figures;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/**
 * The window's figures for a jurisdiction (and everything below it) and a period, as the bulletin
 * reports them: e.g. 188 of 193 completed cases through the integrated window, 97.4%.
 */
@Path("/api/v1/figures")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "figures (public)", description = "Cases submitted, accepted, completed; window share, on time, trips")
public class FiguresResource {
    private final FiguresQueries queries;

    FiguresResource(FiguresQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Figures", description = "For cases submitted from `from` to `to` (inclusive, China time); the current year by default.")
    public FiguresQueries.Figures figures(@QueryParam("jurisdiction") @NotBlank String jurisdiction,
                                          @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return queries.figures(jurisdiction, from, to);
    }
}
