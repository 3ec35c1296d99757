package org.onetrip.intake.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.personaldata.PersonalData;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.IdempotentRequests;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

import java.time.OffsetDateTime;
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

    public record FullApplicant(IntakeCase.ApplicantKind kind, String name, String code, String phone) {
    }

    private final CaseService cases;
    private final Scope scope;
    private final JsonWebToken token;
    private final PersonalData personalData;
    private final LookupCodes lookupCodes;
    private final IdempotentRequests idempotent;

    CaseResource(CaseService cases, Scope scope, JsonWebToken token, PersonalData personalData, LookupCodes lookupCodes,
                 IdempotentRequests idempotent) {
        this.lookupCodes = lookupCodes;
        this.idempotent = idempotent;
        this.cases = cases;
        this.scope = scope;
        this.token = token;
        this.personalData = personalData;
    }

    @POST
    @Path("/checks")
    @RolesAllowed({Roles.CLERK, Roles.APPLICANT})
    @Operation(summary = "One-time notice", description = "Every missing or defective material of a submission, in one answer, without opening a case.")
    public Notice check(@Valid @NotNull Submission submission) {
        return cases.check(submission);
    }

    @POST
    @Path("/cases")
    @RolesAllowed({Roles.CLERK, Roles.APPLICANT})
    @Operation(summary = "Submit a case", description = "Opens a case. Complete: SUBMITTED, waiting for acceptance. Otherwise SUPPLEMENT_REQUESTED with the one-time notice.")
    public Response submit(@Valid @NotNull Submission submission, UriInfo uri,
                           @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Retries with the same key and body give the first answer again (24 h)") String idempotencyKey) {
        Caller caller = caller();
        if (Roles.CLERK.equals(caller.role())) {
            caller.requireJurisdiction(submission.jurisdiction());
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
    @Transactional
    @Operation(summary = "List cases", description = "A clerk's jurisdiction, or an applicant's own; filter by status and item.")
    public Page<CaseView> list(@QueryParam("status") CaseStatus status, @QueryParam("item") String item,
                               @BeanParam @Valid PageRequest page) {
        Caller caller = caller();
        boolean applicant = Roles.APPLICANT.equals(caller.role());
        String scopeValue = applicant ? caller.subject() : Jurisdictions.likePattern(scope.requireJurisdiction());
        var query = IntakeCase.<IntakeCase>find((applicant ? "submittedBy = ?1 and submittedAs = 'applicant'" : "jurisdiction like ?1")
                + " and (?2 is null or status = ?2) and (?3 is null or itemCode = ?3) order by submittedAt desc",
                scopeValue, status, item);
        return new Page<>(query.page(page.page, page.size).list(), page.page, page.size, query.count()).map(CaseView::of);
    }

    @GET
    @Path("/cases/{number}")
    @RolesAllowed({Roles.CLERK, Roles.APPLICANT})
    @Transactional
    @Operation(summary = "One case", description = "Personal data masked; with the lookup code for the receipt.")
    public CaseView get(@PathParam("number") String number) {
        IntakeCase c = visible(number);
        return CaseView.of(c, lookupCodes.of(c));
    }

    @GET
    @Path("/cases/{number}/history")
    @RolesAllowed({Roles.CLERK, Roles.APPLICANT})
    @Transactional
    @Operation(summary = "History", description = "Every transition: when, who, from, to, note.")
    public List<CaseView.Step> history(@PathParam("number") String number) {
        IntakeCase c = visible(number);
        boolean applicant = Roles.APPLICANT.equals(caller().role());
        // Staff logins are for staff: an applicant sees who acted only where it was themselves.
        return CaseTransition.<CaseTransition>list("caseId = ?1 order by id", c.id).stream().map(CaseView.Step::of)
                .map(step -> applicant && !c.submittedBy.equals(step.actor()) ? step.withoutActor() : step).toList();
    }

    @GET
    @Path("/cases/{number}/personal-data")
    @RolesAllowed({Roles.CLERK, Roles.OFFICER})
    @Transactional
    @Operation(summary = "Full personal data", description = "Only the clerk or an officer of the case; every read is recorded.")
    public FullApplicant personalData(@PathParam("number") String number) {
        IntakeCase c = IntakeCase.require(number);
        Caller caller = caller();
        boolean allowed = Roles.OFFICER.equals(caller.role())
                ? CaseDepartment.count("caseId = ?1 and department = ?2", c.id, scope.department().orElse("")) > 0
                : Jurisdictions.covers(caller.jurisdiction(), c.jurisdiction);
        if (!allowed) {
            PersonalDataRead.recordRefused(c, caller);
            throw Roles.OFFICER.equals(caller.role()) ? ProblemException.notFound("entity.case", number)
                    : new ProblemException(ProblemKind.FORBIDDEN, "forbidden");
        }
        PersonalDataRead.record(c, caller);
        String code = c.applicantKind == IntakeCase.ApplicantKind.PERSON ? personalData.open(c.applicantCodeSealed) : c.applicantCodeSealed;
        return new FullApplicant(c.applicantKind, c.applicantName, code, personalData.open(c.phoneSealed));
    }

    /** One entry of the personal-data trail. */
    public record PersonalDataAccess(String caseNumber, OffsetDateTime at, String actor, String role, boolean granted) {
    }

    @GET
    @Path("/personal-data-reads")
    @RolesAllowed(Roles.SUPERVISOR)
    @Transactional
    @Operation(summary = "The personal-data trail", description = "Every read of a case's full personal data, and every refused attempt, "
            + "newest first, within the supervisor's jurisdiction; optionally of one case.")
    public Page<PersonalDataAccess> personalDataReads(@QueryParam("case") @Size(max = 40) String caseNumber,
                                                      @BeanParam @Valid PageRequest page) {
        String within = Jurisdictions.likePattern(scope.requireJurisdiction());
        var query = PersonalDataRead.getEntityManager().createQuery("""
                        select c.number, r.at, r.actor, r.role, r.granted
                        from PersonalDataRead r, IntakeCase c where c.id = r.caseId and c.jurisdiction like :within
                          and (:number is null or c.number = :number) order by r.at desc, r.id desc""", Object[].class)
                .setParameter("within", within).setParameter("number", caseNumber);
        long total = PersonalDataRead.getEntityManager().createQuery("""
                        select count(r) from PersonalDataRead r, IntakeCase c where c.id = r.caseId and c.jurisdiction like :within
                          and (:number is null or c.number = :number)""", Long.class)
                .setParameter("within", within).setParameter("number", caseNumber).getSingleResult();
        return new Page<>(query.setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList(),
                page.page, page.size, total).map(row -> new PersonalDataAccess((String) row[0], (OffsetDateTime) row[1],
                (String) row[2], (String) row[3], (Boolean) row[4]));
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
    @Operation(summary = "Accept", description = "Starts the clock (due date in working days) and routes the case to its departments.")
    public CaseView accept(@PathParam("number") String number) {
        return CaseView.of(cases.accept(number, caller()));
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

    private IntakeCase visible(String number) {
        IntakeCase c = IntakeCase.require(number);
        Caller caller = caller();
        if (Roles.APPLICANT.equals(caller.role())) {
            if (!c.ownedBy(caller)) {
                throw ProblemException.notFound("entity.case", number);
            }
        } else {
            caller.requireJurisdiction(c.jurisdiction);
        }
        return c;
    }

    private Caller caller() {
        String role = token.getGroups().contains(Roles.CLERK) ? Roles.CLERK
                : token.getGroups().contains(Roles.OFFICER) ? Roles.OFFICER : Roles.APPLICANT;
        return new Caller(scope.subject(), role, scope.jurisdiction().orElse(null), scope.department().orElse(null));
    }
}
