package org.onetrip.intake.lookup;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.intake.cases.LookupCodes;
import org.onetrip.intake.cases.CaseStatus;
import org.onetrip.intake.cases.CaseTransition;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * For residents without an account: where is my case? Answers to the case number with its random
 * lookup code, shows no personal data, and answers a wrong number and a wrong code alike, so nobody
 * learns which case numbers exist. Rate limited per client and per case number.
 */
@Path("/api/v1/progress")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "progress lookup (public)", description = "Case progress by number and the phone's last four digits")
public class ProgressLookupResource {

    public record Step(OffsetDateTime at, CaseStatus status) {
    }

    public record Progress(String number, String itemName, CaseStatus status, LocalDate acceptedOn, LocalDate dueDate,
                           int trips, List<Step> timeline) {
    }

    private final LookupCodes lookupCodes;
    private final LookupRateLimiter limiter;

    ProgressLookupResource(LookupCodes lookupCodes, LookupRateLimiter limiter) {
        this.lookupCodes = lookupCodes;
        this.limiter = limiter;
    }

    @GET
    @Path("/{number}")
    @Transactional
    @Operation(summary = "Look up a case", description = "With the case's lookup code (查询码) from the receipt or a notice. "
            + "404 alike for an unknown number or a wrong code; 429 when a client or a case number is asked too often.")
    public Progress lookup(@PathParam("number") @Size(max = 40) String number,
                           @QueryParam("code") @NotBlank @Size(max = 20) @Parameter(example = "7KQ4-M9XD") String code,
                           @Context HttpServerRequest request) {
        if (!limiter.allow(request.remoteAddress().hostAddress(), number)) {
            throw new ProblemException(ProblemKind.TOO_MANY_REQUESTS, "lookup.too-many");
        }
        IntakeCase c = IntakeCase.byNumber(number)
                .filter(found -> lookupCodes.matches(found, code))
                .orElseThrow(() -> ProblemException.notFound("entity.case", number));
        List<Step> timeline = CaseTransition.<CaseTransition>list("caseId = ?1 order by id", c.id).stream()
                .map(t -> new Step(t.at, t.to)).toList();
        return new Progress(c.number, c.itemName, c.status, c.acceptedOn, c.dueDate, c.trips, timeline);
    }
}
