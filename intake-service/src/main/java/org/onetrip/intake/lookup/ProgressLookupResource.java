package org.onetrip.intake.lookup;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.intake.cases.LookupRateLimiter;
import org.onetrip.intake.cases.ResidentRating;
import org.onetrip.platform.notifications.Channel;

/**
 * For residents without an account: where is my case? Answers to the case number with its random
 * lookup code, shows no personal data, and answers a wrong number and a wrong code alike, so nobody
 * learns which case numbers exist. A completed case can be rated here too (好差评), once. Rate limited per client
 * and per case number.
 */
@Path("/api/v1/progress")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "progress lookup (public)", description = "Case progress, and its 好差评, by number and lookup code")
public class ProgressLookupResource {

    private final ProgressLookup lookup;
    private final RatingByLookup ratings;
    private final OptOutByLookup optOuts;
    private final LookupRateLimiter limiter;

    /** The channels a resident wants no more messages on. */
    public record OptOut(@NotNull @Size(min = 1, max = 2) java.util.Set<@NotNull Channel> channels) {
    }

    ProgressLookupResource(ProgressLookup lookup, RatingByLookup ratings, OptOutByLookup optOuts, LookupRateLimiter limiter) {
        this.lookup = lookup;
        this.ratings = ratings;
        this.optOuts = optOuts;
        this.limiter = limiter;
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "Look up a case", description = "With the case's lookup code (查询码) from the receipt or a notice. "
            + "404 alike for an unknown number or a wrong code; 429 when a client or a case number is asked too often.")
    public ProgressLookup.Progress lookup(@PathParam("number") @Size(max = 40) String number,
                           @QueryParam("code") @NotBlank @Size(max = 20) @Parameter(example = "7KQ4-M9XD") String code,
                           @Context HttpServerRequest request) {
        limiter.require(request, number);
        return lookup.find(number, code);
    }

    @POST
    @Path("/{number}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate a completed case (好差评)", description = "Once, with the case's lookup code, by whoever the "
            + "receipt was handed to; five levels (VERY_SATISFIED … VERY_DISSATISFIED), an optional comment (no personal data, "
            + "please) and dimension scores. 202: forwarded to oversight's 好差评 record, where 不满意 and 非常不满意 open a "
            + "rectification. 404 as for the look-up; 409 before completion or when rated already; rate limited as the look-up.")
    @APIResponse(responseCode = "202", description = "Forwarded", content = @Content(schema = @Schema(implementation = RatingByLookup.RatingReceived.class)))
    public Response rate(@PathParam("number") @Size(max = 40) String number,
                         @QueryParam("code") @NotBlank @Size(max = 20) @Parameter(example = "7KQ4-M9XD") String code,
                         @Valid @NotNull ResidentRating rating, @Context HttpServerRequest request) {
        limiter.require(request, number);
        return Response.accepted(ratings.rate(number, code, rating)).build();
    }

    @POST
    @Path("/{number}/opt-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "No more messages", description = "With the case's lookup code: the case's phone (SMS) or e-mail "
            + "address receives no more notices, of this case or any other; each message not sent is still recorded. 404 as for "
            + "the look-up; rate limited as the look-up.")
    @APIResponse(responseCode = "204", description = "Opted out")
    public void optOut(@PathParam("number") @Size(max = 40) String number,
                       @QueryParam("code") @NotBlank @Size(max = 20) @Parameter(example = "7KQ4-M9XD") String code,
                       @Valid @NotNull OptOut body, @Context HttpServerRequest request) {
        limiter.require(request, number);
        optOuts.optOut(number, code, body.channels());
    }
}
