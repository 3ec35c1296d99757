package org.onetrip.intake.lookup;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.intake.cases.LookupRateLimiter;
import org.onetrip.platform.errors.ProblemKind;

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

    private final ProgressLookup lookup;
    private final LookupRateLimiter limiter;

    ProgressLookupResource(ProgressLookup lookup, LookupRateLimiter limiter) {
        this.lookup = lookup;
        this.limiter = limiter;
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "Look up a case", description = "With the case's lookup code (查询码) from the receipt or a notice. "
            + "404 alike for an unknown number or a wrong code; 429 when a client or a case number is asked too often.")
    public ProgressLookup.Progress lookup(@PathParam("number") @Size(max = 40) String number,
                           @QueryParam("code") @NotBlank @Size(max = 20) @Parameter(example = "7KQ4-M9XD") String code,
                           @Context HttpServerRequest request) {
        if (!limiter.allow(request.remoteAddress().hostAddress(), number)) {
            throw new ProblemException(ProblemKind.TOO_MANY_REQUESTS, "lookup.too-many");
        }
        return lookup.find(number, code);
    }
}
