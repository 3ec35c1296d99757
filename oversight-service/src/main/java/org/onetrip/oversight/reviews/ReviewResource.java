package org.onetrip.oversight.reviews;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.IdempotentRequests;
import org.onetrip.platform.web.OpenApiContract;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

import java.util.UUID;

/** 好差评: ratings of completed cases, and the rectification of the bad ones. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reviews", description = "Ratings, rectification (callback, report, verification), appeals")
public class ReviewResource {

    public record Text(@NotBlank @Size(max = 2000) String text) {
    }

    public record Verdict(boolean accepted, @Size(max = 1000) String verdict) {
    }

    public record AppealDecision(boolean upheld) {
    }

    private final ReviewService reviews;
    private final Scope scope;
    private final IdempotentRequests idempotent;
    private final ReviewQueries queries;

    ReviewResource(ReviewService reviews, ReviewQueries queries, Scope scope, IdempotentRequests idempotent) {
        this.idempotent = idempotent;
        this.reviews = reviews;
        this.queries = queries;
        this.scope = scope;
    }

    @POST
    @Path("/reviews")
    @RolesAllowed({Roles.APPLICANT, Roles.CLERK})
    @Operation(summary = "Rate a completed case", description = "Once, by its applicant (or at the window's rating device); 不满意 or 非常不满意 "
            + "opens a rectification, with the department evaluated if a department is. `channel`: WINDOW_DEVICE (窗口评价器), PORTAL "
            + "(政务服务网), MOBILE, SMS, HOTLINE_12345, QR_CODE; `evaluates`: CASE (default), CLERK or DEPARTMENT, with `evaluated` "
            + "naming the clerk's login or one of the case's departments.")
    @Extension(name = OpenApiContract.CREATED, value = OpenApiContract.IN_BODY)
    @APIResponseSchema(ReviewView.class)
    public Response rate(@Valid @NotNull ReviewService.NewReview body, @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Retries with the same key and body give the first answer again (24 h)") String idempotencyKey) {
        return idempotent.once(idempotencyKey, scope.principal(), "rate-case", body, () -> {
            ReviewView r = reviews.rate(body, caller());
            return Response.status(Response.Status.CREATED).entity(r).build();
        });
    }

    @GET
    @Path("/rectifications")
    @RolesAllowed({Roles.OFFICER, Roles.SUPERVISOR})
    @Operation(summary = "Rectifications", description = "An officer's department's, or a supervisor's jurisdiction's; overdue=true for the late ones.")
    public Page<RectificationView> rectifications(@QueryParam("overdue") @DefaultValue("false") boolean overdue,
                                                  @BeanParam @Valid PageRequest page) {
        return queries.rectifications(overdue, page, caller());
    }

    @POST
    @Path("/rectifications/{id}/callback")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Called the applicant back")
    public RectificationView callBack(@PathParam("id") UUID id, @Valid @NotNull Text body) {
        return reviews.callBack(id, body.text(), caller());
    }

    @POST
    @Path("/rectifications/{id}/report")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Report the rectification")
    public RectificationView report(@PathParam("id") UUID id, @Valid @NotNull Text body) {
        return reviews.report(id, body.text(), caller());
    }

    @POST
    @Path("/rectifications/{id}/verification")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Verify the report", description = "Accepted: the applicant may rate once more. Not accepted: back to the department.")
    public RectificationView verify(@PathParam("id") UUID id, @Valid @NotNull Verdict body) {
        return reviews.verify(id, body.accepted(), body.verdict(), caller());
    }

    @POST
    @Path("/rectifications/{id}/appeal")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Appeal the review")
    public RectificationView appeal(@PathParam("id") UUID id, @Valid @NotNull Text body) {
        return reviews.appeal(id, body.text(), caller());
    }

    @POST
    @Path("/rectifications/{id}/appeal-decision")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Decide the appeal", description = "Upheld: the review stays on record and leaves the figures.")
    public RectificationView decideAppeal(@PathParam("id") UUID id, @Valid @NotNull AppealDecision body) {
        return reviews.decideAppeal(id, body.upheld(), caller());
    }

    private Caller caller() {
        return scope.caller();
    }
}
