package org.onetrip.intake.cases;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.IdempotentRequests;
import org.onetrip.platform.web.OpenApiContract;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

import java.util.List;

/** The integrated window (一窗受理): clerks handle cases of their jurisdiction; applicants see their own. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cases", description = "Submit, check, accept or refuse, record visits and delivery")
public class CaseResource {

    public record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    public record Visit(@NotBlank @Size(max = 200) String purpose) {
    }

    public record Delivery(@NotNull IntakeCase.DeliveryMethod method) {
    }

    /** @param code the case's look-up code (查询码), needed unless the applicant submitted the case themselves */
    public record ReceiptConfirmation(@Size(max = 20) String code) {
    }

    /** @param commitment 容缺受理: the applicant's written commitment to bring the tolerable materials (reference, signer) */
    public record Acceptance(@NotBlank @Size(max = 500) String commitment) {
    }

    private final CaseService cases;
    private final Scope scope;
    private final CaseQueries queries;
    private final CasePersonalData personalData;
    private final LookupCodes lookupCodes;
    private final IdempotentRequests idempotent;
    private final LookupRateLimiter limiter;

    CaseResource(CaseService cases, CaseQueries queries, CasePersonalData personalData, Scope scope, LookupCodes lookupCodes,
                 IdempotentRequests idempotent, LookupRateLimiter limiter) {
        this.limiter = limiter;
        this.cases = cases;
        this.queries = queries;
        this.personalData = personalData;
        this.scope = scope;
        this.lookupCodes = lookupCodes;
        this.idempotent = idempotent;
    }

    @POST
    @Path("/checks")
    @RolesAllowed({Roles.CLERK, Roles.APPLICANT})
    @Operation(summary = "One-time notice", description = "Every missing or defective material of a submission, in one answer, without opening a case.")
    public Notice check(@Valid @NotNull Submission submission) {
        return cases.check(submission, caller());
    }

    @POST
    @Path("/cases")
    @RolesAllowed({Roles.CLERK, Roles.APPLICANT})
    @Operation(summary = "Submit a case", description = "Opens a case. Complete: SUBMITTED, waiting for acceptance. Otherwise SUPPLEMENT_REQUESTED with the one-time notice.")
    @Extension(name = OpenApiContract.CREATED, value = OpenApiContract.AT_LOCATION)
    @APIResponseSchema(CaseView.class)
    public Response submit(@Valid @NotNull Submission submission, UriInfo uri,
                           @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Retries with the same key and body give the first answer again (24 h)") String idempotencyKey) {
        Caller caller = caller();
        if (submission.channel() == Channel.DEPARTMENT_COUNTER) {
            throw ProblemException.invalid(List.of(new ProblemException.FieldViolation("channel", "case.counter-channel")));
        }
        if (caller.actsAs(Roles.CLERK)) {
            caller.requireCovering(submission.jurisdiction());
        } else if (submission.channel() != Channel.ONLINE && submission.channel() != Channel.MOBILE) {
            throw ProblemException.invalid(List.of(new ProblemException.FieldViolation("channel", "case.applicant-channel")));
        }
        return idempotent.once(idempotencyKey, scope.principal(), "submit-case", submission, () -> {
            IntakeCase c = cases.submit(submission, caller, null);
            return Response.created(uri.getAbsolutePathBuilder().path(c.number).build()).entity(CaseView.of(c, lookupCodes.of(c))).build();
        });
    }

    @GET
    @Path("/cases")
    @RolesAllowed({Roles.CLERK, Roles.APPLICANT})
    @Operation(summary = "List cases", description = "A clerk's jurisdiction, or an applicant's own; filter by status and item.")
    public Page<CaseView> list(@QueryParam("status") CaseStatus status, @QueryParam("item") String item,
                               @BeanParam @Valid PageRequest page) {
        return queries.list(status, item, page, caller());
    }

    @GET
    @Path("/cases/{number}")
    @RolesAllowed({Roles.CLERK, Roles.APPLICANT})
    @Operation(summary = "One case", description = "Personal data masked; with the lookup code for the receipt.")
    public CaseView get(@PathParam("number") String number) {
        return queries.get(number, caller());
    }

    @GET
    @Path("/cases/{number}/history")
    @RolesAllowed({Roles.CLERK, Roles.APPLICANT})
    @Operation(summary = "History", description = "Every transition: when, who, from, to, note.")
    public List<CaseView.Step> history(@PathParam("number") String number) {
        return queries.history(number, caller());
    }

    @GET
    @Path("/cases/{number}/personal-data")
    @RolesAllowed({Roles.CLERK, Roles.OFFICER})
    @Operation(summary = "Full personal data", description = "Only the clerk or an officer of the case; every read is recorded.")
    public CasePersonalData.FullApplicant personalData(@PathParam("number") String number) {
        return personalData.open(number, caller());
    }

    @GET
    @Path("/personal-data-reads")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "The personal-data trail", description = "Every read of a case's full personal data, and every refused attempt, "
            + "newest first, within the supervisor's jurisdiction; optionally of one case.")
    public Page<CasePersonalData.Access> personalDataReads(@QueryParam("case") @Size(max = 40) String caseNumber,
                                                           @BeanParam @Valid PageRequest page) {
        return personalData.reads(caseNumber, page, caller());
    }

    @POST
    @Path("/cases/{number}/supplement")
    @RolesAllowed({Roles.CLERK, Roles.APPLICANT})
    @Operation(summary = "Supplement", description = "The materials the notice asked for; the case goes back to the clerk (SUBMITTED).")
    public CaseView supplement(@PathParam("number") String number, @Valid @NotNull Submission.Supplement supplement) {
        return CaseView.of(cases.supplement(number, supplement, caller()));
    }

    @POST
    @Path("/cases/{number}/acceptance")
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Accept", description = "Starts the clock (due date in working days) and routes the case to its departments. "
            + "A missing material is a 409 naming it (see acceptance-on-commitment for 容缺).")
    public CaseView accept(@PathParam("number") String number) {
        return CaseView.of(cases.accept(number, null, caller()));
    }

    @POST
    @Path("/cases/{number}/acceptance-on-commitment")
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Accept with a tolerable gap (容缺受理)", description = "With only tolerable materials missing, the "
            + "applicant's written commitment (承诺书) to bring them within the item's period lets the case go on at once; "
            + "any other missing material is a 409 naming it.")
    public CaseView acceptOnCommitment(@PathParam("number") String number, @Valid @NotNull Acceptance acceptance) {
        return CaseView.of(cases.accept(number, acceptance.commitment(), caller()));
    }

    @POST
    @Path("/cases/{number}/refusal")
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Refuse to accept (不予受理)", description = "With the reason.")
    public CaseView refuse(@PathParam("number") String number, @Valid @NotNull Reason reason) {
        return CaseView.of(cases.refuse(number, reason.reason(), caller()));
    }

    @POST
    @Path("/cases/{number}/withdrawal")
    @RolesAllowed({Roles.CLERK, Roles.APPLICANT})
    @Operation(summary = "Withdraw", description = "By the applicant, before completion.")
    public CaseView withdraw(@PathParam("number") String number, @Valid @NotNull Reason reason) {
        return CaseView.of(cases.withdraw(number, reason.reason(), caller()));
    }

    @POST
    @Path("/cases/{number}/visits")
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Record a visit", description = "The applicant came in person: one trip more.")
    public CaseView visit(@PathParam("number") String number, @Valid @NotNull Visit visit) {
        return CaseView.of(cases.recordVisit(number, visit.purpose(), caller()));
    }

    @POST
    @Path("/cases/{number}/delivery")
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Deliver the result", description = "Pickup at the window, express mail, proxy agent or electronic.")
    public CaseView deliver(@PathParam("number") String number, @Valid @NotNull Delivery delivery) {
        return CaseView.of(cases.deliver(number, delivery.method(), caller()));
    }

    @POST
    @Path("/cases/{number}/receipt-confirmation")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "The resident confirms receipt", description = "签收 with the resident's own applicant login, once the case is delivered: "
            + "the applicant who submitted it, or with its look-up code (a case an agent or a clerk submitted for them). "
            + "A wrong code is a 404 as for an unknown case; rate limited like the progress look-up.")
    public CaseView confirmReceipt(@PathParam("number") String number, @Valid ReceiptConfirmation confirmation,
                                   @Context HttpServerRequest request) {
        limiter.require(request, number);
        return CaseView.of(cases.confirmReceipt(number, confirmation == null ? null : confirmation.code(), caller()));
    }

    private Caller caller() {
        return scope.caller();
    }
}
