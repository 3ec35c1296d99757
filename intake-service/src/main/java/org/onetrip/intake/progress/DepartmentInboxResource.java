package org.onetrip.intake.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.intake.cases.CaseDepartment;
import org.onetrip.intake.cases.CaseEvents;
import org.onetrip.intake.cases.CaseService;
import org.onetrip.intake.cases.CaseView;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.intake.cases.Submission;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.OpenApiContract;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

/** The department inbox, for departments without a system of their own: an officer sees only their department's cases. */
@Path("/api/v1/inbox/cases")
@RolesAllowed(Roles.OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "department inbox", description = "Cases routed to the officer's department: claim, record progress, decide")
public class DepartmentInboxResource {

    /**
     * A department's decision on its part of a case; an approval may issue an electronic licence, and any decision may
     * be issued as an electronic document, either of which can then be delivered electronically.
     */
    public record Decision(@NotNull IntakeCase.Decision decision,
                           @jakarta.validation.constraints.Size(max = 200) String resultDocument,
                           @jakarta.validation.constraints.Size(max = 1000) String note,
                           @Valid org.onetrip.intake.cases.ElectronicLicence licence,
                           @Valid org.onetrip.intake.cases.DecisionDocument decisionDocument) {
    }

    private final DepartmentProgress progress;
    private final InboxQueries queries;
    private final CaseService cases;
    private final Scope scope;

    DepartmentInboxResource(DepartmentProgress progress, InboxQueries queries, CaseService cases, Scope scope) {
        this.cases = cases;
        this.progress = progress;
        this.queries = queries;
        this.scope = scope;
    }

    @POST
    @Operation(summary = "Register a case accepted at the department's counter", description = "分散受理: the department accepted it "
            + "itself; it is opened and accepted at once (channel DEPARTMENT_COUNTER, a trip for the applicant) and then tracked, "
            + "deadlined and reviewed like any other. The department must decide the item (403) and the materials be complete (409).")
    @Extension(name = OpenApiContract.CREATED, value = OpenApiContract.IN_BODY)
    @APIResponseSchema(CaseView.class)
    public Response register(@Valid @NotNull Submission submission) {
        IntakeCase c = cases.registerAtCounter(submission.atDepartmentCounter(), null, scope.caller());
        return Response.status(Response.Status.CREATED).entity(CaseView.of(c)).build();
    }

    @GET
    @Operation(summary = "The department's cases", description = "What the department has still to decide first, soonest due "
            + "(so the overdue) first, then what it decided, the latest first. Each with the department's own stage and the "
            + "working days left to the promised date (negative: overdue by so many) or when it decided. Filter by the "
            + "department's stage, or undecided=true for all it has still to decide.")
    public Page<InboxCase> list(@QueryParam("stage") CaseDepartment.Stage stage,
                                @QueryParam("undecided") @DefaultValue("false") boolean undecided,
                                @BeanParam @Valid PageRequest page) {
        return queries.cases(scope.caller().requireDepartment(), stage, undecided, page);
    }

    @POST
    @Path("/{number}/claim")
    @Operation(summary = "Claim", description = "The department acknowledges the case and starts on it.")
    public CaseView claim(@PathParam("number") String number) {
        return report(number, new Progress(Progress.Kind.ACKNOWLEDGED, null, null, null));
    }

    @POST
    @Path("/{number}/progress")
    @Operation(summary = "Record progress", description = "PROGRESSED, MATERIALS_REQUESTED or SUSPENDED (the clock stops), RESUMED (it runs on).")
    public CaseView progress(@PathParam("number") String number, @Valid @NotNull Progress report) {
        return report(number, report);
    }

    @POST
    @Path("/{number}/decision")
    @Operation(summary = "Decide", description = "Approved or denied, with the result document and, for an approval that issues one, "
            + "the electronic licence (电子证照), and the decision as an electronic document (decisionDocument: title, documentRef, "
            + "SHA-256) if it issued one; the case completes when every department has decided.")
    public CaseView decide(@PathParam("number") String number, @Valid @NotNull Decision decision) {
        return report(number, new Progress(Progress.Kind.DECIDED, decision.note(), decision.decision(), decision.resultDocument(),
                decision.licence(), decision.decisionDocument()));
    }

    private CaseView report(String number, Progress report) {
        return CaseView.of(progress.apply(number, scope.caller().requireDepartment(), report, scope.caller().subject(), CaseEvents.ActorKind.OFFICER));
    }
}
